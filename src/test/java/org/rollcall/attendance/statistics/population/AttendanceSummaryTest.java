package org.rollcall.attendance.statistics.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rollcall.attendance.statistics.counting.Registers.attending;
import static org.rollcall.attendance.statistics.counting.Registers.tally;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/** A population's headline figures, worked by hand. */
class AttendanceSummaryTest {

    private static Optional<BigDecimal> pct(String v) {
        return Optional.of(new BigDecimal(v));
    }

    @Test
    void aSmallRegisterSummarised() {
        // given three pupils over 20 sessions each
        SessionTally amy = tally("/*18 L I"); // 19/20 = 95%, not PA
        SessionTally ben = tally("/*15 K M*2 U N"); // 16/20 = 80%, PA, 2 authorised, 2 unauthorised
        SessionTally cal = tally("/*9 G*10 N X*6"); // 9/20 = 45%, PA and severe; X left out
        // when summarised
        AttendanceSummary s = AttendanceSummary.of(List.of(amy, ben, cal));
        // then
        assertEquals(60, s.possibleSessions());
        assertEquals(44, s.presentSessions(), "43 present (L included) plus 1 approved activity");
        assertEquals(1, s.approvedActivitySessions());
        assertEquals(3, s.authorisedAbsenceSessions());
        assertEquals(13, s.unauthorisedAbsenceSessions());
        assertEquals(pct("73.33"), s.attendanceRate());
        assertEquals(pct("26.67"), s.overallAbsenceRate());
        assertEquals(pct("5.00"), s.authorisedAbsenceRate());
        assertEquals(pct("21.67"), s.unauthorisedAbsenceRate());
        assertEquals(3, s.pupils());
        assertEquals(2, s.persistentAbsentees());
        assertEquals(pct("66.67"), s.persistentAbsenceRate());
        assertEquals(1, s.severeAbsentees());
        assertEquals(pct("33.33"), s.severeAbsenceRate());
        assertEquals(1, s.lateBeforeClose());
        assertEquals(1, s.lateAfterClose());
    }

    @Test
    void absenceByReasonIsARateOfPossibleAndAShareOfAllAbsence() {
        AttendanceSummary s = AttendanceSummary.of(List.of(tally("/*12 I*6 G*2")));
        ReasonFigure illness = s.absenceByReason().get(0);
        assertEquals("I", illness.code());
        assertEquals(6, illness.sessions());
        assertEquals(pct("30.00"), illness.rateOfPossibleSessions());
        assertEquals(pct("75.00"), illness.shareOfAbsence());
        assertEquals(pct("25.00"), s.absenceByReason().get(1).shareOfAbsence());
        assertEquals(2, s.absenceByReason().size(), "present codes are not reasons for absence");
    }

    @Test
    void aPupilWithNoPossibleSessionIsLeftOutNotDividedByZero() {
        AttendanceSummary s = AttendanceSummary.of(List.of(attending(19, 20), tally("X*20")));
        assertEquals(1, s.pupils());
        assertEquals(0, s.persistentAbsentees());
        assertEquals(pct("0.00"), s.persistentAbsenceRate());
        assertEquals(20, s.possibleSessions());
    }

    @Test
    void aPopulationWithNothingPossibleHasNoRatesRatherThanZeroes() {
        AttendanceSummary s = AttendanceSummary.of(List.of(tally("X*20"), tally("#*4")));
        assertEquals(0, s.pupils());
        assertEquals(Optional.empty(), s.attendanceRate());
        assertEquals(Optional.empty(), s.persistentAbsenceRate());
    }

    @Test
    void percentagesRoundHalfUpToTwoDecimals() {
        assertEquals(pct("0.13"), Percent.of(1, 800), "0.125 rounds up, not to even");
        assertEquals(pct("66.67"), Percent.of(2, 3));
        assertEquals(pct("90.00"), Percent.of(9, 10));
        assertEquals(pct("-0.13"), Percent.pointsBetween(0, 1, 1, 800), "away from zero when negative");
        assertEquals(Optional.empty(), Percent.of(1, 0));
    }

    @Test
    void theRestOfAPopulationIsTheWholeMinusThePart() {
        Measures whole = Measures.of(List.of(attending(9, 10), attending(10, 10), tally("/ I")));
        Measures part = Measures.of(List.of(attending(9, 10)));
        Measures rest = whole.minus(part);
        assertEquals(Measures.of(List.of(attending(10, 10), tally("/ I"))), rest);
    }
}
