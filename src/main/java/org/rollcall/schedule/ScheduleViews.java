package org.rollcall.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/** The JSON of {@code GET /schools/{urn}/schedule}: the entries, the dates they give next, and the runs made. */
public final class ScheduleViews {
    /** How many dates each entry lists ahead. */
    static final int NEXT_PER_ENTRY = 6;

    public record NextView(String kind, LocalDate date, LocalDate from, LocalDate to, String term) {}

    public record EntryView(
            String kind, String at, int offsetSchoolDays, String window, String term, List<NextView> next) {}

    public record MadeView(
            String kind,
            LocalDate from,
            LocalDate to,
            LocalDate dueOn,
            Long runId,
            String message,
            String createdBy,
            LocalDateTime createdAt) {}

    /**
     * @param next every entry's next dates together, soonest first
     * @param effectiveFrom UTC; scheduled dates before it are not caught up
     */
    public record ScheduleView(
            String urn,
            boolean defaults,
            LocalDateTime effectiveFrom,
            List<EntryView> entries,
            List<NextView> next,
            List<MadeView> runs) {}

    private ScheduleViews() {}

    static ScheduleView of(
            String urn,
            ScheduleStore.Schedule schedule,
            TermDates calendar,
            LocalDate today,
            List<ScheduledRunStore.Made> made) {
        SchedulePlanner planner = new SchedulePlanner(calendar);
        List<EntryView> entries = schedule.entries().stream()
                .map(e -> entry(e, planner.next(e, today)))
                .toList();
        List<NextView> next = entries.stream()
                .flatMap(e -> e.next().stream())
                .sorted(Comparator.comparing(NextView::date).thenComparing(NextView::kind))
                .toList();
        return new ScheduleView(
                urn,
                schedule.defaults(),
                schedule.effectiveFrom(),
                entries,
                next,
                made.stream().map(ScheduleViews::made).toList());
    }

    private static EntryView entry(ScheduleEntry e, List<Occurrence> next) {
        return new EntryView(
                e.kind(),
                e.at().name(),
                e.offsetSchoolDays(),
                e.window().name(),
                e.term().orElse(null),
                next.stream()
                        .limit(NEXT_PER_ENTRY)
                        .map(o -> new NextView(e.kind(), o.date(), o.from(), o.to(), o.term()))
                        .toList());
    }

    private static MadeView made(ScheduledRunStore.Made m) {
        return new MadeView(
                m.key().kind(),
                m.key().from(),
                m.key().to(),
                m.dueOn(),
                m.runId().orElse(null),
                m.message().orElse(null),
                m.claimedBy(),
                m.claimedAt());
    }
}
