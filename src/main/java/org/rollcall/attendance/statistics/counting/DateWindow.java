package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import java.util.Objects;

/** A window of dates, both ends inclusive (a term, a half term, a year to date). */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "A date window must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static DateWindow of(LocalDate from, LocalDate to) {
        return new DateWindow(from, to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
