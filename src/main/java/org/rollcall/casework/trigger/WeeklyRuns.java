package org.rollcall.casework.trigger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiPredicate;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The run of school weeks, up to the latest, in which the pupil's cumulative attendance (from the
 * start of the weekly tallies to the end of each week, the year-to-date figure) meets a test. The
 * statistics' referral flag ({@code EscalationRule}) reads the same figure, so the worklist and the
 * pupil's page agree. Weeks without a possible session neither count nor break the run.
 */
final class WeeklyRuns {

    private WeeklyRuns() {}

    /** The weeks of the current run, oldest first, each with its cumulative attendance. */
    static List<Evidence> currentRun(SortedMap<LocalDate, SessionTally> weekly, BiPredicate<Long, Long> test) {
        List<Evidence> run = new ArrayList<>();
        long attended = 0;
        long possible = 0;
        for (Map.Entry<LocalDate, SessionTally> week : weekly.entrySet()) {
            if (!week.getValue().isMeasured()) {
                continue;
            }
            attended += week.getValue().attended();
            possible += week.getValue().possible();
            if (test.test(attended, possible)) {
                run.add(Evidence.of(
                        week.getKey(),
                        Percent.of(attended, possible).orElseThrow().toPlainString() + "%"));
            } else {
                run.clear();
            }
        }
        return run;
    }

    /** Six (or {@code weeks}) school weeks in a row at or below {@code limit}: met in the sixth (its Monday). */
    static Optional<PenaltyThreshold.Crossing> atOrBelow(
            SortedMap<LocalDate, SessionTally> weekly, BigDecimal limit, int weeks) {
        List<Evidence> run = currentRun(weekly, (a, p) -> Percent.compare(a, p, limit) <= 0);
        if (run.size() < weeks) {
            return Optional.empty();
        }
        return Optional.of(new PenaltyThreshold.Crossing(run.get(weeks - 1).date(), run));
    }
}
