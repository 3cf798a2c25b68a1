package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One spell on roll: from admission to leaving, both inclusive. A leaver stays in the figures up
 * to and including the leaving date, which in the CTF is the last day on roll.
 */
public record EnrolmentSpell(LocalDate admission, Optional<LocalDate> leaving) {

    public EnrolmentSpell {
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(leaving, "leaving");
        leaving.ifPresent(l -> {
            if (l.isBefore(admission)) {
                throw new IllegalArgumentException("Leaving date " + l + " is before admission " + admission);
            }
        });
    }

    /** A pupil still on roll. */
    public static EnrolmentSpell from(LocalDate admission) {
        return new EnrolmentSpell(admission, Optional.empty());
    }

    /** A completed spell. */
    public static EnrolmentSpell between(LocalDate admission, LocalDate leaving) {
        return new EnrolmentSpell(admission, Optional.of(leaving));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(admission) && leaving.map(l -> !date.isAfter(l)).orElse(true);
    }
}
