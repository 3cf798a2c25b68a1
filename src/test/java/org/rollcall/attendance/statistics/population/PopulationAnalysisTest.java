package org.rollcall.attendance.statistics.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.attendance.statistics.counting.Registers.attending;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.Registers;
import org.rollcall.attendance.statistics.counting.SessionTally;

/** Breaking a school down by pupil group, with gaps and small-number suppression. */
class PopulationAnalysisTest {

    private static PupilAttendance pupil(String upn, String year, boolean fsm, String gender, SessionTally t) {
        return new PupilAttendance(
                PupilProfile.builder(upn)
                        .yearGroup(year)
                        .fsm(fsm)
                        .gender(gender)
                        .build(),
                t);
    }

    /** Six FSM pupils at 80%, four non-FSM at 100%; year 7 has seven of them, year 10 three. */
    private static List<PupilAttendance> school() {
        List<PupilAttendance> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            list.add(pupil("F" + i, i < 4 ? "7" : "10", true, "F", attending(8, 10)));
        }
        for (int i = 0; i < 4; i++) {
            list.add(pupil("N" + i, i < 3 ? "7" : "10", false, i == 0 ? "X" : "M", attending(10, 10)));
        }
        return list;
    }

    @Test
    void eachGroupHasItsFiguresAndItsGapToTheRest() {
        List<GroupSummary> fsm = new PopulationAnalysis(school(), Audience.STAFF).byGroup(GroupBy.FSM);
        GroupSummary yes = fsm.get(0);
        assertEquals("Yes", yes.group());
        assertEquals("FSM", yes.label());
        assertEquals(OptionalInt.of(6), yes.pupils());
        assertEquals(
                Optional.of(new BigDecimal("80.00")),
                yes.figures().orElseThrow().attendanceRate());
        GroupGap gap = yes.gapToRest().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("-20.00")), gap.attendanceRate());
        assertEquals(Optional.of(new BigDecimal("20.00")), gap.overallAbsenceRate());
        assertEquals(Optional.of(new BigDecimal("100.00")), gap.persistentAbsenceRate());
        assertEquals(
                Optional.of(new BigDecimal("20.00")),
                fsm.get(1).gapToRest().orElseThrow().attendanceRate());
    }

    @Test
    void yearsAreListedInSchoolOrder() {
        List<GroupSummary> years = new PopulationAnalysis(school(), Audience.STAFF).byGroup(GroupBy.YEAR);
        assertEquals(List.of("7", "10"), years.stream().map(GroupSummary::group).toList());
        assertEquals("Year 10", years.get(1).label());
    }

    @Test
    void staffSeeSmallGroups() {
        List<GroupSummary> years = new PopulationAnalysis(school(), Audience.STAFF).byGroup(GroupBy.YEAR);
        assertFalse(years.get(1).suppressed());
        assertEquals(OptionalInt.of(3), years.get(1).pupils());
    }

    @Test
    void governorsDoNotSeeGroupsBelowFivePupilsNorTheGroupThatWouldGiveThemAway() {
        List<GroupSummary> fsm = new PopulationAnalysis(school(), Audience.GOVERNORS).byGroup(GroupBy.FSM);
        GroupSummary notFsm = fsm.get(1);
        assertTrue(notFsm.suppressed(), "4 pupils");
        assertEquals(Optional.empty(), notFsm.figures());
        assertEquals(OptionalInt.empty(), notFsm.pupils());
        assertTrue(notFsm.note().orElseThrow().contains("Fewer than 5"));
        // With the school total shown, FSM's figures would reveal the other 4: suppressed too.
        assertTrue(fsm.get(0).suppressed());
        assertEquals(Optional.empty(), fsm.get(0).gapToRest());
    }

    @Test
    void governorsSeeEveryGroupOfFiveOrMore() {
        List<PupilAttendance> pupils = school();
        pupils.add(pupil("N9", "10", false, "M", attending(10, 10)));
        pupils.add(pupil("N8", "10", false, "M", attending(9, 10)));
        List<GroupSummary> years = new PopulationAnalysis(pupils, Audience.GOVERNORS).byGroup(GroupBy.YEAR);
        assertFalse(years.get(0).suppressed());
        assertFalse(years.get(1).suppressed(), "exactly 5 pupils is shown");
        assertEquals(OptionalInt.of(5), years.get(1).pupils());
    }

    @Test
    void twoSmallGroupsTogetherBelowFivePullInTheNextSmallest() {
        // gender: F 6, M 3, X 1 -> M and X suppressed (4 pupils together), so F goes too
        List<GroupSummary> gender = new PopulationAnalysis(school(), Audience.GOVERNORS).byGroup(GroupBy.GENDER);
        assertTrue(gender.stream().allMatch(GroupSummary::suppressed));
    }

    @Test
    void pupilsWithoutAPossibleSessionAreInNoGroup() {
        List<PupilAttendance> pupils = school();
        pupils.add(pupil("Z1", "11", true, "F", Registers.tally("X*10")));
        PopulationAnalysis analysis = new PopulationAnalysis(pupils, Audience.STAFF);
        assertEquals(2, analysis.byGroup(GroupBy.YEAR).size(), "no Year 11 group");
        assertEquals(10, analysis.summary().pupils());
    }

    @Test
    void allGroupingsAreProduced() {
        PopulationAnalysis analysis = new PopulationAnalysis(school(), Audience.STAFF);
        assertEquals(GroupBy.values().length, analysis.allGroups().size());
        assertEquals(
                List.of("N"),
                analysis.byGroup(GroupBy.SEN).stream().map(GroupSummary::group).toList());
        assertEquals(Optional.empty(), analysis.byGroup(GroupBy.SEN).get(0).gapToRest(), "no rest to compare with");
        assertEquals(Optional.of(GroupBy.LOOKED_AFTER), GroupBy.fromParameter("lookedafter"));
        assertEquals(Optional.of(GroupBy.CHILD_IN_NEED), GroupBy.fromParameter("CHILD_IN_NEED"));
    }
}
