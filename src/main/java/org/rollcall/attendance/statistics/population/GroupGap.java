package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.Percent;

/**
 * A group's rates minus the same rates for the rest of the population, in percentage points
 * (positive: the group's rate is higher). Each is rounded once from the exact fractions.
 */
public record GroupGap(
        Optional<BigDecimal> attendanceRate,
        Optional<BigDecimal> overallAbsenceRate,
        Optional<BigDecimal> authorisedAbsenceRate,
        Optional<BigDecimal> unauthorisedAbsenceRate,
        Optional<BigDecimal> persistentAbsenceRate,
        Optional<BigDecimal> severeAbsenceRate) {

    public static GroupGap between(Measures group, Measures rest) {
        return new GroupGap(
                Percent.pointsBetween(group.attended(), group.possible(), rest.attended(), rest.possible()),
                Percent.pointsBetween(group.absent(), group.possible(), rest.absent(), rest.possible()),
                Percent.pointsBetween(group.authorised(), group.possible(), rest.authorised(), rest.possible()),
                Percent.pointsBetween(group.unauthorised(), group.possible(), rest.unauthorised(), rest.possible()),
                Percent.pointsBetween(
                        group.persistentAbsentees(), group.pupils(), rest.persistentAbsentees(), rest.pupils()),
                Percent.pointsBetween(group.severeAbsentees(), group.pupils(), rest.severeAbsentees(), rest.pupils()));
    }
}
