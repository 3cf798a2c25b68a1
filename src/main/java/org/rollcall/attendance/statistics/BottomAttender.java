package org.rollcall.attendance.statistics;

import java.math.BigDecimal;
import java.util.List;

/** A pupil among the school's lowest attenders, with the reasons that account for most absence. */
public record BottomAttender(String upn, long possibleSessions, long presentSessions, BigDecimal attendanceRate,
        long absenceSessions, List<CodeSessions> mainReasons) {

    public BottomAttender {
        mainReasons = List.copyOf(mainReasons);
    }
}
