package org.rollcall.attendance.statistics.comparison;

import java.math.BigDecimal;
import java.util.Optional;

/** The school's targets beside the actual figures (percent, rounded for output). */
public record TargetOutcome(
        BigDecimal attendanceTarget,
        Optional<BigDecimal> attendanceActual,
        TargetStatus attendance,
        BigDecimal persistentAbsenceTarget,
        Optional<BigDecimal> persistentAbsenceActual,
        TargetStatus persistentAbsence) {}
