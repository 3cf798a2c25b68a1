package org.rollcall.attendance.statistics.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rollcall.attendance.statistics.counting.Registers.attending;
import static org.rollcall.attendance.statistics.counting.Registers.tally;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.population.AttendanceTrends;
import org.rollcall.attendance.statistics.population.Measures;
import org.rollcall.attendance.statistics.population.TrendPoint;

/** Targets, benchmarks, trends and PA movement. */
class ComparisonsTest {

    private static final SchoolTargets TARGETS = new SchoolTargets(new BigDecimal("96"), new BigDecimal("10"));

    @Test
    void attendanceExactlyOnTheTargetMeetsItAndJustBelowDoesNot() {
        TargetOutcome on = TARGETS.check(Measures.of(List.of(attending(96, 100))));
        assertEquals(TargetStatus.MET, on.attendance());
        // 23999/25000 = 95.996%: rounds to 96.00 but is below the target
        TargetOutcome under = TARGETS.check(Measures.of(List.of(attending(23999, 25000))));
        assertEquals(Optional.of(new BigDecimal("96.00")), under.attendanceActual());
        assertEquals(TargetStatus.NOT_MET, under.attendance());
    }

    @Test
    void thePaTargetIsACeiling() {
        // 10 pupils, one PA: 10% meets a 10% target; two PA do not
        List<SessionTally> onePa = new java.util.ArrayList<>(java.util.Collections.nCopies(9, attending(10, 10)));
        onePa.add(attending(9, 10));
        assertEquals(TargetStatus.MET, TARGETS.check(Measures.of(onePa)).persistentAbsence());
        onePa.set(0, attending(8, 10));
        assertEquals(TargetStatus.NOT_MET, TARGETS.check(Measures.of(onePa)).persistentAbsence());
        assertEquals(TargetStatus.NO_DATA, TARGETS.check(Measures.NONE).attendance());
    }

    @Test
    void nationalBenchmarksDefaultToTheDfeFigures() {
        NationalBenchmark latest = NationalBenchmark.latest();
        assertEquals("2023/24", latest.year());
        assertEquals(Optional.of(new BigDecimal("7.1")), latest.overallAbsence());
        assertEquals(Optional.of(new BigDecimal("20.0")), latest.persistentAbsence());
        assertEquals(Optional.of(new BigDecimal("2.3")), latest.severeAbsence());
        assertEquals(Optional.empty(), NationalBenchmark.defaults().get(0).severeAbsence(), "none for 2018/19");
        assertEquals(true, latest.source().contains("Pupil absence in schools in England"));
    }

    @Test
    void theWeeklyTrendHasOnePointPerWeekWithSessions() {
        SortedMap<LocalDate, SessionTally> weeks = new TreeMap<>();
        weeks.put(LocalDate.of(2025, 1, 13), attending(9, 10));
        weeks.put(LocalDate.of(2025, 1, 6), attending(10, 10));
        weeks.put(LocalDate.of(2025, 1, 20), tally("#*10"));
        List<TrendPoint> trend = AttendanceTrends.weekly(weeks);
        assertEquals(2, trend.size(), "the closure week has no possible session");
        assertEquals("2025-01-06", trend.get(0).label());
        assertEquals(Optional.of(new BigDecimal("90.00")), trend.get(1).attendanceRate());
    }

    @Test
    void theDayOfWeekPatternListsMondayToFriday() {
        Map<DayOfWeek, SessionTally> a = new EnumMap<>(DayOfWeek.class);
        a.put(DayOfWeek.MONDAY, attending(1, 2));
        Map<DayOfWeek, SessionTally> b = new EnumMap<>(DayOfWeek.class);
        b.put(DayOfWeek.MONDAY, attending(2, 2));
        b.put(DayOfWeek.FRIDAY, attending(2, 2));
        List<TrendPoint> days = AttendanceTrends.byDayOfWeek(AttendanceTrends.sumByDay(List.of(a, b)));
        assertEquals(5, days.size());
        assertEquals("MONDAY", days.get(0).label());
        assertEquals(Optional.of(new BigDecimal("75.00")), days.get(0).attendanceRate());
        assertEquals(Optional.empty(), days.get(1).attendanceRate(), "no Tuesday sessions");
    }

    @Test
    void paMovementBetweenTwoWindows() {
        Map<String, SessionTally> autumn =
                Map.of("A", attending(8, 10), "B", attending(8, 10), "C", attending(10, 10), "D", attending(5, 10));
        Map<String, SessionTally> spring =
                Map.of("A", attending(8, 10), "B", attending(10, 10), "C", attending(9, 10), "E", attending(0, 10));
        PaMovement m = PaMovement.between(autumn, spring);
        assertEquals(List.of("C", "E"), m.newToPa());
        assertEquals(List.of("B"), m.leftPa());
        assertEquals(List.of("A"), m.stayedPa());
        assertEquals(List.of("D"), m.paNoLongerMeasured(), "a PA leaver has not left PA");
        assertEquals(2, m.newToPaCount());
    }

    @Test
    void samePeriodLastYearComparedInPoints() {
        DateWindow now = DateWindow.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 28));
        PeriodComparison c = PeriodComparison.of(
                now,
                Measures.of(List.of(attending(95, 100))),
                AcademicCalendar.samePeriodLastYear(now),
                Measures.of(List.of(attending(92, 100))));
        assertEquals(Optional.of(new BigDecimal("3.00")), c.attendanceRateChange());
        assertEquals(Optional.of(new BigDecimal("-3.00")), c.overallAbsenceRateChange());
        assertEquals(LocalDate.of(2024, 2, 5), c.lastYearWindow().from());
    }
}
