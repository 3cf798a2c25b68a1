package org.rollcall.reporting.sef;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/**
 * One academic year's headline figures for the whole school, over {@code window} (the whole year,
 * or the year to date for the current one), beside the national figures used for that year.
 *
 * @param national that year's benchmark or the latest published before it (see {@code BenchmarkStore.forYear})
 */
public record YearFigures(
        String year,
        DateWindow window,
        boolean toDate,
        AttendanceSummary school,
        Optional<NationalBenchmark> national) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** National attendance: 100 minus the national overall absence rate. */
    public Optional<BigDecimal> nationalAttendance() {
        return national.flatMap(NationalBenchmark::overallAbsence).map(HUNDRED::subtract);
    }

    /** National authorised absence: overall minus unauthorised. */
    public Optional<BigDecimal> nationalAuthorised() {
        return national.flatMap(
                n -> n.overallAbsence().flatMap(o -> n.unauthorisedAbsence().map(o::subtract)));
    }

    /** True when the national figures are an earlier year's (national statistics lag a year or more). */
    public boolean nationalIsEarlierYear() {
        return national.map(n -> !n.year().equals(year)).orElse(false);
    }
}
