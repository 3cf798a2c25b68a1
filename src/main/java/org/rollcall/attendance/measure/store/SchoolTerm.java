package org.rollcall.attendance.measure.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.rollcall.attendance.statistics.counting.DateWindow;

/**
 * A term of the school's calendar, with what is needed to count the sessions still to come: the
 * half-term break and the closure days (INSET, bank holidays, planned closures).
 */
public record SchoolTerm(DateWindow dates, Optional<DateWindow> halfTerm, Set<LocalDate> closures) {

    public SchoolTerm {
        closures = Set.copyOf(closures);
    }

    /** A window with no calendar behind it: the window itself stands for the term, with nothing to come. */
    public static SchoolTerm ofWindow(DateWindow window) {
        return new SchoolTerm(window, Optional.empty(), Set.of());
    }

    public LocalDate start() {
        return dates.from();
    }

    /** Possible sessions left in the term after {@code date}: two per weekday the school is open. */
    public long sessionsAfter(LocalDate date) {
        long sessions = 0;
        for (LocalDate d = date.plusDays(1); !d.isAfter(dates.to()); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !inHalfTerm(d) && !closures.contains(d)) {
                sessions += 2;
            }
        }
        return sessions;
    }

    private boolean inHalfTerm(LocalDate date) {
        return halfTerm.isPresent() && halfTerm.get().contains(date);
    }
}
