package org.rollcall.schedule;

import java.time.LocalDate;

/** One date an entry of the schedule gives: the run to start on {@code date} for {@code from}..{@code to}. */
public record Occurrence(ScheduleEntry entry, LocalDate date, LocalDate from, LocalDate to, String term) {

    /** What a run is unique by: the school's run of this kind for this window is made once. */
    public RunKey key() {
        return new RunKey(entry.kind(), from, to);
    }

    public record RunKey(String kind, LocalDate from, LocalDate to) {}
}
