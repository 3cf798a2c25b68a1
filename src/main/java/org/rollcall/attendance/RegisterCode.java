package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A register code from the reference table {@code register_code}, with its DfE category and the
 * dates it was valid (retired codes keep their historical meaning).
 */
public record RegisterCode(
        String code,
        AttendanceCategory category,
        String description,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo) {

    /** Whether a mark on this date may carry this code. */
    public boolean validOn(LocalDate date) {
        return validFrom.map(from -> !date.isBefore(from)).orElse(true)
                && validTo.map(to -> !date.isAfter(to)).orElse(true);
    }
}
