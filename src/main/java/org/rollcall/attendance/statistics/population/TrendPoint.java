package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Attendance for one slice of a window: a week (label is its Monday, e.g. "2024-09-02") or a
 * weekday (label "MONDAY").
 */
public record TrendPoint(
        String label, long possibleSessions, long presentSessions, Optional<BigDecimal> attendanceRate) {

    static TrendPoint of(String label, SessionTally t) {
        return new TrendPoint(label, t.possible(), t.attended(), Percent.of(t.attended(), t.possible()));
    }
}
