package org.rollcall.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A school calendar as data, ready to send to the server: academic years with their terms,
 * half-terms and the in-term weekdays the school is closed (INSET, bank holidays, planned
 * closures). A school is open on every weekday inside a term that is neither in its half-term nor
 * a closure.
 */
public record DemoCalendar(List<AcademicYear> academicYears) {

    public DemoCalendar {
        academicYears = List.copyOf(academicYears);
    }

    /** One academic year, 1 September to 31 August. */
    public record AcademicYear(String name, LocalDate start, LocalDate end, List<Term> terms, List<Closure> closures) {
        public AcademicYear {
            terms = List.copyOf(terms);
            closures = List.copyOf(closures);
        }

        /** Every day the school is open, in date order. */
        public List<LocalDate> openDays() {
            Set<LocalDate> closed = closures.stream().map(Closure::date).collect(Collectors.toSet());
            List<LocalDate> days = new ArrayList<>();
            for (Term term : terms) {
                for (LocalDate d = term.start(); !d.isAfter(term.end()); d = d.plusDays(1)) {
                    if (isWeekday(d) && !term.inHalfTerm(d) && !closed.contains(d)) {
                        days.add(d);
                    }
                }
            }
            return days;
        }
    }

    /** A term; its half-term holiday lies inside it. */
    public record Term(String name, LocalDate start, LocalDate end, LocalDate halfTermStart, LocalDate halfTermEnd) {
        public boolean inHalfTerm(LocalDate d) {
            return !d.isBefore(halfTermStart) && !d.isAfter(halfTermEnd);
        }
    }

    /** A weekday in term with no school. */
    public record Closure(LocalDate date, Kind kind, String description) {
        /** INSET (staff training), a bank holiday, or another planned closure (e.g. a polling station). */
        public enum Kind {
            INSET,
            BANK_HOLIDAY,
            PLANNED
        }
    }

    /** Every open day of every academic year, in date order. */
    public List<LocalDate> openDays() {
        return academicYears.stream().flatMap(y -> y.openDays().stream()).toList();
    }

    static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
