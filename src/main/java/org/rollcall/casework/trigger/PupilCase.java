package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.casework.CaseEvent;

/**
 * What the rules read for one pupil as of a date.
 *
 * @param sessions the pupil's sessions from the start of the previous academic year to the date,
 *     so the penalty threshold can look back across the summer
 * @param yearToDate the pupil's tally from the start of the academic year to the date
 * @param weekly the same marks per week (keyed by Monday)
 * @param history the pupil's interventions, any order
 * @param openDays the school's open days, when it has a calendar
 */
public record PupilCase(
        PupilSessions sessions,
        SessionTally yearToDate,
        SortedMap<LocalDate, SessionTally> weekly,
        List<CaseEvent> history,
        Optional<Predicate<LocalDate>> openDays) {

    public PupilCase {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(weekly, "weekly");
        history = List.copyOf(history);
        Objects.requireNonNull(openDays, "openDays");
    }
}
