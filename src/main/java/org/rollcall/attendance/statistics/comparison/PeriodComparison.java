package org.rollcall.attendance.statistics.comparison;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.Measures;

/**
 * This period beside the same weeks of last year, with the changes in percentage points
 * (positive: higher this year).
 */
public record PeriodComparison(
        DateWindow window,
        AttendanceSummary current,
        DateWindow lastYearWindow,
        AttendanceSummary lastYear,
        Optional<BigDecimal> attendanceRateChange,
        Optional<BigDecimal> overallAbsenceRateChange,
        Optional<BigDecimal> persistentAbsenceRateChange) {

    /** @param lastYearWindow normally {@code AcademicCalendar.samePeriodLastYear(window)} */
    public static PeriodComparison of(
            DateWindow window, Measures current, DateWindow lastYearWindow, Measures lastYear) {
        return new PeriodComparison(
                window,
                AttendanceSummary.of(current),
                lastYearWindow,
                AttendanceSummary.of(lastYear),
                Percent.pointsBetween(current.attended(), current.possible(), lastYear.attended(), lastYear.possible()),
                Percent.pointsBetween(current.absent(), current.possible(), lastYear.absent(), lastYear.possible()),
                Percent.pointsBetween(
                        current.persistentAbsentees(),
                        current.pupils(),
                        lastYear.persistentAbsentees(),
                        lastYear.pupils()));
    }
}
