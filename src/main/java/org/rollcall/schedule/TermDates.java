package org.rollcall.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rollcall.school.AcademicYear;
import org.rollcall.school.Closure;

/**
 * A school's calendar reduced to what the schedule needs: its academic years and terms, and which
 * days are school days (a weekday in a term, outside its half-term holiday, not a closure).
 */
public record TermDates(List<Year> years, Set<LocalDate> closures) {

    public record Year(String name, LocalDate start, LocalDate end, List<Term> terms) {
        public Year {
            terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
        }
    }

    /** A term; the half-term holiday, when the calendar has one, lies inside it. */
    public record Term(
            String name, LocalDate start, LocalDate end, Optional<LocalDate> halfStart, Optional<LocalDate> halfEnd) {

        boolean inHalfTermHoliday(LocalDate d) {
            return halfStart.isPresent()
                    && halfEnd.isPresent()
                    && !d.isBefore(halfStart.get())
                    && !d.isAfter(halfEnd.get());
        }

        boolean contains(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }

        /** The first weekday after the half-term holiday, when there is one inside the term. */
        Optional<LocalDate> secondHalfStart() {
            return halfEnd.map(TermDates::nextWeekday).filter(this::contains);
        }
    }

    public TermDates {
        years = years.stream().sorted(Comparator.comparing(Year::start)).toList();
        closures = Set.copyOf(closures);
    }

    /** From the calendar the school keeps ({@code PUT /schools/{urn}/calendar}). */
    public static TermDates of(List<AcademicYear> academicYears) {
        return new TermDates(
                academicYears.stream()
                        .map(y -> new Year(
                                y.getLabel(),
                                y.getStartDate(),
                                y.getEndDate(),
                                y.getTerms().stream()
                                        .map(t -> new Term(
                                                t.getName(),
                                                t.getStartDate(),
                                                t.getEndDate(),
                                                t.getHalfTermStart(),
                                                t.getHalfTermEnd()))
                                        .toList()))
                        .toList(),
                academicYears.stream()
                        .flatMap(y -> y.getClosures().stream())
                        .map(Closure::getDate)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    public boolean isEmpty() {
        return years.stream().allMatch(y -> y.terms().isEmpty());
    }

    public boolean isSchoolDay(LocalDate d) {
        return isWeekday(d)
                && !closures.contains(d)
                && term(d).filter(t -> !t.inHalfTermHoliday(d)).isPresent();
    }

    public Optional<Term> term(LocalDate d) {
        return years.stream()
                .flatMap(y -> y.terms().stream())
                .filter(t -> t.contains(d))
                .findFirst();
    }

    public Optional<Year> year(LocalDate d) {
        return years.stream()
                .filter(y -> !d.isBefore(y.start()) && !d.isAfter(y.end()))
                .findFirst();
    }

    /** {@code n} school days after {@code from} (before, for a negative n); {@code from} itself for 0. */
    public Optional<LocalDate> schoolDaysFrom(LocalDate from, int n) {
        LocalDate d = from;
        int step = n < 0 ? -1 : 1;
        for (int moved = 0; moved < Math.abs(n); ) {
            d = d.plusDays(step);
            if (outside(d)) {
                return Optional.empty();
            }
            moved += isSchoolDay(d) ? 1 : 0;
        }
        return Optional.of(d);
    }

    /** The last school day before {@code date}: the last day a run on that date has marks for. */
    public Optional<LocalDate> lastSchoolDayBefore(LocalDate date) {
        for (LocalDate d = date.minusDays(1); !outside(d); d = d.minusDays(1)) {
            if (isSchoolDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private boolean outside(LocalDate d) {
        return years.isEmpty()
                || d.isBefore(years.get(0).start())
                || d.isAfter(years.get(years.size() - 1).end());
    }

    static LocalDate nextWeekday(LocalDate d) {
        LocalDate next = d.plusDays(1);
        while (!isWeekday(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
