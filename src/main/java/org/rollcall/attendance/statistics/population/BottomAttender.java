package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.List;
import org.rollcall.attendance.statistics.counting.CodeSessions;

/** A pupil among the school's lowest attenders, with the reasons that account for most absence. */
public record BottomAttender(
        String upn,
        long possibleSessions,
        long presentSessions,
        BigDecimal attendanceRate,
        long absenceSessions,
        List<CodeSessions> mainReasons) {

    public BottomAttender {
        mainReasons = List.copyOf(mainReasons);
    }
}
