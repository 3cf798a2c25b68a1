package org.rollcall.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;

/**
 * Works out, from a school's calendar, the dates and windows each entry of its schedule gives;
 * which of them are due today (and were missed since); and which come next. Plain Java: no
 * database, no clock of its own.
 */
public final class SchedulePlanner {
    private static final Comparator<Occurrence> BY_DATE =
            Comparator.comparing(Occurrence::date).thenComparing(o -> o.entry().kind());

    private final TermDates calendar;

    public SchedulePlanner(TermDates calendar) {
        this.calendar = calendar;
    }

    /** Every date the entry gives in the calendar, in date order; a date without a window before it is left out. */
    public List<Occurrence> occurrences(ScheduleEntry entry) {
        List<Occurrence> found = new ArrayList<>();
        for (TermDates.Year year : calendar.years()) {
            for (TermDates.Term term : year.terms()) {
                if (entry.appliesTo(term.name())) {
                    anchors(entry.at(), term)
                            .forEach(anchor -> occurrence(entry, anchor, term).ifPresent(found::add));
                }
            }
        }
        found.sort(BY_DATE);
        return found;
    }

    /**
     * The runs to start on {@code today}: every date on or before today, within the current
     * academic year and not before {@code since} (when the schedule took effect), once per kind
     * and window. Dates missed while no server ran are among them, so a server that comes back
     * catches up.
     */
    public List<Occurrence> due(List<ScheduleEntry> entries, LocalDate today, LocalDate since) {
        LocalDate yearStart =
                calendar.year(today).map(TermDates.Year::start).orElse(AcademicCalendar.academicYearStart(today));
        LocalDate earliest = since.isAfter(yearStart) ? since : yearStart;
        Map<Occurrence.RunKey, Occurrence> due = new LinkedHashMap<>();
        entries.stream()
                .flatMap(e -> occurrences(e).stream())
                .filter(o -> !o.date().isAfter(today) && !o.date().isBefore(earliest))
                .sorted(BY_DATE)
                .forEach(o -> due.putIfAbsent(o.key(), o));
        return List.copyOf(due.values());
    }

    /** The dates from today on that the entry gives, in date order. */
    public List<Occurrence> next(ScheduleEntry entry, LocalDate today) {
        return occurrences(entry).stream()
                .filter(o -> !o.date().isBefore(today))
                .toList();
    }

    private static List<LocalDate> anchors(SchedulePoint at, TermDates.Term term) {
        return switch (at) {
            case TERM_START -> List.of(term.start());
            case TERM_END -> List.of(term.end());
            case HALF_TERM_START -> {
                List<LocalDate> starts = new ArrayList<>(List.of(term.start()));
                term.secondHalfStart().ifPresent(starts::add);
                yield starts;
            }
        };
    }

    private Optional<Occurrence> occurrence(ScheduleEntry entry, LocalDate anchor, TermDates.Term term) {
        return calendar.schoolDaysFrom(anchor, entry.offsetSchoolDays())
                .flatMap(date -> calendar.lastSchoolDayBefore(date).flatMap(last -> windowStart(entry.window(), last)
                        .map(from -> new Occurrence(entry, date, from, last, term.name()))));
    }

    private Optional<LocalDate> windowStart(ScheduleWindow window, LocalDate last) {
        return switch (window) {
            case YEAR_TO_DATE -> calendar.year(last).map(TermDates.Year::start);
            case TERM_TO_DATE -> calendar.term(last).map(TermDates.Term::start);
            case HALF_TERM -> calendar.term(last).map(t -> t.secondHalfStart()
                    .filter(second -> !last.isBefore(second))
                    .orElse(t.start()));
        };
    }
}
