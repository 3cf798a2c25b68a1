package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.comparison.Comparisons;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.attendance.statistics.population.PupilAttendance;
import org.rollcall.attendance.statistics.population.PupilProfile;
import org.rollcall.attendance.statistics.population.SenProvision;

/** The governor pack's body, line by line, from small hand-worked figures. */
class GovernorPackSectionsTest {

    /** 60 pupils, 6,000 sessions: 5,730 present (95.50%), 180 authorised (3.00%), 90 unauthorised (1.50%), 4 PA. */
    static AttendanceSummary summary(
            int pupils, long possible, long present, long authorised, long unauthorised, int pa) {
        return new AttendanceSummary(
                possible,
                present,
                authorised,
                unauthorised,
                pct(present, possible),
                pct(authorised + unauthorised, possible),
                pct(authorised, possible),
                pct(unauthorised, possible),
                pupils,
                pa,
                pct(pa, pupils),
                0,
                pct(0, pupils),
                0,
                0,
                0,
                List.of(),
                Map.of());
    }

    private static Optional<BigDecimal> pct(long part, long whole) {
        return Optional.of(
                BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP));
    }

    private static GroupSummary year(String group, AttendanceSummary figures) {
        return new GroupSummary(
                GroupBy.YEAR,
                group,
                "Year " + group,
                false,
                OptionalInt.of(figures.pupils()),
                Optional.of(figures),
                Optional.empty(),
                Optional.empty());
    }

    private static GroupSummary hiddenYear(String group) {
        return new GroupSummary(
                GroupBy.YEAR,
                group,
                "Year " + group,
                true,
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(PopulationAnalysis.SMALL_GROUP_NOTE));
    }

    private static List<String> cells(PackLine line) {
        return List.of(
                line.getC1(), line.getC2(), line.getC3(), line.getC4(), line.getC5(), line.getC6(), line.getC7());
    }

    @Test
    void yearGroupsGiveAHeadingColumnHeadsAndARowPerYearWithSmallYearsHidden() {
        List<PackLine> lines = new GovernorPackSections()
                .yearGroups(List.of(year("7", summary(60, 6000, 5730, 180, 90, 4)), hiddenYear("8")))
                .lines();

        assertEquals(
                List.of(PackLine.HEADING, PackLine.COLUMNS, PackLine.ROW, PackLine.ROW),
                lines.stream().map(PackLine::getKind).toList());
        assertEquals("Attendance by year group", lines.get(0).getC1());
        assertEquals(List.of("Year 7", "60", "95.50%", "3.00%", "1.50%", "4", "6.67%"), cells(lines.get(2)));
        assertEquals(List.of("Year 8", "fewer than 5", "–", "–", "–", "–", "–"), cells(lines.get(3)));
    }

    @Test
    void pupilGroupsNameGendersInWordsWithTheGapToTheRestInPoints() {
        // six girls at 20 of 20 sessions (100%), six boys at 18 of 20 with 2 authorised (90%: persistent absence)
        List<PupilAttendance> pupils = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean girl = i < 6;
            SessionTally.Builder tally = SessionTally.builder().add("/", AttendanceCategory.PRESENT, girl ? 20 : 18);
            if (!girl) {
                tally.add("I", AttendanceCategory.AUTHORISED, 2);
            }
            pupils.add(new PupilAttendance(
                    new PupilProfile(
                            "P" + i,
                            "7",
                            "7A",
                            girl ? "F" : "M",
                            false,
                            false,
                            SenProvision.NONE,
                            false,
                            "WBRI",
                            false,
                            false),
                    tally.build()));
        }

        List<PackLine> lines = new GovernorPackSections()
                .pupilGroups(new PopulationAnalysis(pupils, Audience.GOVERNORS))
                .lines();

        PackLine female = lines.stream()
                .filter(l -> l.getC1().equals("Female"))
                .findFirst()
                .orElseThrow();
        PackLine male =
                lines.stream().filter(l -> l.getC1().equals("Male")).findFirst().orElseThrow();
        assertEquals(List.of("Female", "6", "100.00%", "0.00%", "0.00%", "+10.00 pts", ""), cells(female));
        assertEquals(List.of("Male", "6", "90.00%", "10.00%", "100.00%", "-10.00 pts", ""), cells(male));
        assertTrue(lines.get(lines.size() - 1).getC1().startsWith("A gap is in percentage points"));
    }

    @Test
    void comparisonsShowTheChangeSinceTheSameWeeksLastYearAndNationalAttendanceAsHundredLessAbsence() {
        AttendanceSummary now = summary(60, 6000, 5730, 180, 90, 4);
        AttendanceSummary then = summary(58, 5800, 5452, 232, 116, 8);
        DateWindow window = DateWindow.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19));
        DateWindow lastYear = DateWindow.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12, 20));
        NationalBenchmark national = new NationalBenchmark(
                "2023/24",
                Optional.of(new BigDecimal("7.10")),
                Optional.of(new BigDecimal("2.50")),
                Optional.of(new BigDecimal("20.00")),
                Optional.of(new BigDecimal("2.00")),
                "test");
        Comparisons comparisons = new Comparisons(
                new PeriodComparison(window, now, lastYear, then, Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.of(national),
                Optional.empty());

        List<PackLine> lines =
                new GovernorPackSections().comparisons(comparisons).lines();

        assertEquals("National 2023/24", lines.get(1).getC5());
        // 95.50% now, 5452 of 5800 = 94.00% then: up 1.50 points; nationally 100 - 7.10 = 92.90%
        assertEquals(List.of("Attendance", "95.50%", "94.00%", "+1.50 pts", "92.90%", "", ""), cells(lines.get(2)));
        assertEquals(List.of("Overall absence", "4.50%", "6.00%", "-1.50 pts", "7.10%", "", ""), cells(lines.get(3)));
        assertTrue(
                lines.get(7).getC1().contains("(2 September 2024 to 20 December 2024)"),
                lines.get(7).getC1());
    }

    @Test
    void withoutAClosedRoundTheSelfEvaluationSectionSaysSo() {
        List<PackLine> lines =
                new GovernorPackEvaluation().grid(Optional.empty()).lines();

        assertEquals(2, lines.size());
        assertEquals(
                "No self-evaluation round has been closed yet.", lines.get(1).getC1());
    }

    @Test
    void theLastLineOfEachTableIsFlaggedSoTheTemplateClosesTheTaggedTable() {
        List<PackLine> body = new ArrayList<>(new GovernorPackSections()
                .yearGroups(List.of(year("7", summary(60, 6000, 5730, 180, 90, 4)), hiddenYear("8")))
                .lines());
        body.addAll(new GovernorPackEvaluation().grid(Optional.empty()).lines());
        List<PackLine> lines = PackLine.withTableEnds(body);

        assertEquals(
                List.of(false, false, false, true, false, false),
                lines.stream().map(PackLine::getTableEnd).toList());
        assertFalse(PackLine.withTableEnds(List.of(PackLine.text("only text")))
                .get(0)
                .getTableEnd());
        assertTrue(
                PackLine.withTableEnds(List.of(PackLine.columns("A", "B")))
                        .get(0)
                        .getTableEnd(),
                "column heads with no rows are a table of their own");
    }
}
