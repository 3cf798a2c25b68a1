package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.attendance.AttendanceCategory;

/**
 * Sessions with one absence reason code, both as a rate over possible sessions and as a share of
 * all absence (DfE shows both).
 */
public record ReasonFigure(
        String code,
        AttendanceCategory category,
        long sessions,
        Optional<BigDecimal> rateOfPossibleSessions,
        Optional<BigDecimal> shareOfAbsence) {}
