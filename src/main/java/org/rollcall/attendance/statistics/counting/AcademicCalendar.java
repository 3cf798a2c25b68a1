package org.rollcall.attendance.statistics.counting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Academic years (1 September to 31 August) and Monday-based weeks.
 *
 * <p>"Same period last year" aligns by week, not by calendar date: week 0 of an academic year is
 * the Monday-based week that contains 1 September, and a date maps to the same weekday of the
 * same week number in the previous academic year. Monday 3 February 2025 (week 23 of 2024/25)
 * maps to Monday 5 February 2024 (week 23 of 2023/24); subtracting a calendar year would give a
 * Saturday and drop 29 February 2024 from the window. Dates that would fall outside the previous
 * academic year (late August in a 53-week year) are clamped to its ends.
 */
public final class AcademicCalendar {

    private AcademicCalendar() {}

    /** The 1 September that starts the academic year containing {@code date}. */
    public static LocalDate academicYearStart(LocalDate date) {
        LocalDate september = LocalDate.of(date.getYear(), 9, 1);
        return date.isBefore(september) ? september.minusYears(1) : september;
    }

    /** "2024/25" for any date from 1 September 2024 to 31 August 2025. */
    public static String academicYearLabel(LocalDate date) {
        int start = academicYearStart(date).getYear();
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    /** The Monday of the week containing {@code date}. */
    public static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Week number within the academic year, 0 for the week containing 1 September. */
    public static int weekOfAcademicYear(LocalDate date) {
        return (int) ChronoUnit.WEEKS.between(weekStart(academicYearStart(date)), weekStart(date));
    }

    /** The same weekday of the same week of the previous academic year. */
    public static LocalDate samePointLastYear(LocalDate date) {
        LocalDate thisStart = academicYearStart(date);
        LocalDate lastStart = thisStart.minusYears(1);
        LocalDate mapped = weekStart(lastStart)
                .plusWeeks(weekOfAcademicYear(date))
                .plusDays(date.getDayOfWeek().getValue() - 1L);
        if (mapped.isBefore(lastStart)) {
            return lastStart;
        }
        return mapped.isBefore(thisStart) ? mapped : thisStart.minusDays(1);
    }

    /** The same weeks of the previous academic year, for "same period last year" comparisons. */
    public static DateWindow samePeriodLastYear(DateWindow window) {
        return DateWindow.of(samePointLastYear(window.from()), samePointLastYear(window.to()));
    }
}
