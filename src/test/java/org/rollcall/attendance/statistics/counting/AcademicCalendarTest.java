package org.rollcall.attendance.statistics.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Same period last year" lines up by week of the academic year. */
class AcademicCalendarTest {

    @Test
    void theAcademicYearStartsOnTheFirstOfSeptember() {
        assertEquals(LocalDate.of(2024, 9, 1), AcademicCalendar.academicYearStart(LocalDate.of(2025, 8, 31)));
        assertEquals(LocalDate.of(2025, 9, 1), AcademicCalendar.academicYearStart(LocalDate.of(2025, 9, 1)));
        assertEquals("2024/25", AcademicCalendar.academicYearLabel(LocalDate.of(2025, 2, 3)));
        assertEquals("1999/00", AcademicCalendar.academicYearLabel(LocalDate.of(2000, 1, 3)));
    }

    @Test
    void weekZeroIsTheWeekContainingTheFirstOfSeptember() {
        // 1 September 2024 was a Sunday: its week began on Monday 26 August
        assertEquals(0, AcademicCalendar.weekOfAcademicYear(LocalDate.of(2024, 9, 1)));
        assertEquals(1, AcademicCalendar.weekOfAcademicYear(LocalDate.of(2024, 9, 2)));
        assertEquals(23, AcademicCalendar.weekOfAcademicYear(LocalDate.of(2025, 2, 3)));
    }

    @Test
    void samePeriodLastYearLinesUpByWeekAcrossALeapYear() {
        // given four school weeks of February 2025, Monday 3 to Friday 28
        DateWindow feb2025 = DateWindow.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 28));
        // when compared with last year
        DateWindow lastYear = AcademicCalendar.samePeriodLastYear(feb2025);
        // then it is weeks 23 to 26 of 2023/24: Monday 5 February to Friday 1 March 2024,
        // which takes in 29 February (a calendar year back would start on a Saturday)
        assertEquals(DateWindow.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 3, 1)), lastYear);
        assertEquals(DayOfWeek.MONDAY, lastYear.from().getDayOfWeek());
        assertEquals(DayOfWeek.FRIDAY, lastYear.to().getDayOfWeek());
        assertEquals(true, lastYear.contains(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aWindowFromTheLeapYearLinesUpTheOtherWayToo() {
        DateWindow spring2024 = DateWindow.of(LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 1));
        assertEquals(
                DateWindow.of(LocalDate.of(2023, 2, 27), LocalDate.of(2023, 3, 3)),
                AcademicCalendar.samePeriodLastYear(spring2024));
    }

    @Test
    void theAutumnTermMapsToLastAutumn() {
        DateWindow autumn = DateWindow.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12, 20));
        assertEquals(
                DateWindow.of(LocalDate.of(2023, 9, 4), LocalDate.of(2023, 12, 22)),
                AcademicCalendar.samePeriodLastYear(autumn));
    }

    @Test
    void datesBeyondLastYearAreClampedToItsEnds() {
        // 31 August 2025 (Sunday, week 52) would land on 1 September 2024, outside 2023/24
        assertEquals(LocalDate.of(2024, 8, 31), AcademicCalendar.samePointLastYear(LocalDate.of(2025, 8, 31)));
        // 1 September 2023 (Friday, week 0) would land on Friday 2 September 2022, inside 2022/23
        assertEquals(LocalDate.of(2022, 9, 2), AcademicCalendar.samePointLastYear(LocalDate.of(2023, 9, 1)));
        // 1 September 2024 (Sunday, week 0) would land on Sunday 3 September 2023, inside 2023/24
        assertEquals(LocalDate.of(2023, 9, 3), AcademicCalendar.samePointLastYear(LocalDate.of(2024, 9, 1)));
    }
}
