package org.rollcall.attendance.statistics.comparison;

import java.math.BigDecimal;
import java.util.Objects;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.population.Measures;

/**
 * The school's own targets, in percent: attendance to reach or beat, PA rate to stay at or under.
 * Checked exactly against the counts, so 95.995% does not "meet" 96% by rounding.
 */
public record SchoolTargets(BigDecimal attendance, BigDecimal persistentAbsence) {

    public SchoolTargets {
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(persistentAbsence, "persistentAbsence");
    }

    /** The outcome for one population's figures. */
    public TargetOutcome check(Measures m) {
        TargetStatus attendanceStatus = m.possible() == 0
                ? TargetStatus.NO_DATA
                : Percent.compare(m.attended(), m.possible(), attendance) >= 0
                        ? TargetStatus.MET
                        : TargetStatus.NOT_MET;
        TargetStatus paStatus = m.pupils() == 0
                ? TargetStatus.NO_DATA
                : Percent.compare(m.persistentAbsentees(), m.pupils(), persistentAbsence) <= 0
                        ? TargetStatus.MET
                        : TargetStatus.NOT_MET;
        return new TargetOutcome(
                attendance,
                Percent.of(m.attended(), m.possible()),
                attendanceStatus,
                persistentAbsence,
                Percent.of(m.persistentAbsentees(), m.pupils()),
                paStatus);
    }
}
