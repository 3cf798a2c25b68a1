package org.rollcall.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a school was open on a date, for checking marks. Without a calendar a school accepts
 * marks on any weekday (its open days are then the days it has marks for); with one, a mark must
 * fall in term time, outside half-term and not on a closure.
 */
public final class SchoolCalendar {
    private final List<Term> terms;
    private final Map<LocalDate, Closure> closures = new HashMap<>();

    private SchoolCalendar(List<AcademicYear> years) {
        this.terms = years.stream().flatMap(y -> y.getTerms().stream()).toList();
        years.forEach(y -> y.getClosures().forEach(c -> closures.put(c.getDate(), c)));
    }

    public static SchoolCalendar of(List<AcademicYear> years) {
        return new SchoolCalendar(years);
    }

    public boolean isDefined() {
        return !terms.isEmpty();
    }

    /** Why a mark on this date cannot be right, if it cannot. */
    public Optional<String> problemWith(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(date + " is a " + day.getDisplayName(TextStyle.FULL, Locale.UK)
                    + "; registers are taken on school days");
        }
        if (!isDefined()) {
            return Optional.empty();
        }
        Closure closure = closures.get(date);
        if (closure != null) {
            return Optional.of("the school was closed on " + date + " ("
                    + closure.getKind().name().toLowerCase(Locale.UK).replace('_', ' ')
                    + closure.getDescription().map(d -> ": " + d).orElse("") + ")");
        }
        Optional<Term> term = terms.stream()
                .filter(t -> !date.isBefore(t.getStartDate()) && !date.isAfter(t.getEndDate()))
                .findFirst();
        if (term.isEmpty()) {
            return Optional.of(date + " is outside the school's terms; set the calendar or correct the date");
        }
        if (!term.get().inTermTime(date)) {
            return Optional.of(date + " is in the " + term.get().getName() + " half-term holiday");
        }
        return Optional.empty();
    }

    public boolean isOpen(LocalDate date) {
        return problemWith(date).isEmpty();
    }
}
