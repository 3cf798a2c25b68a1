package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.Registers;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.counting.Weeks;

/** One pupil, end to end: figures, band, track, guidance, flags, target. */
class PupilAssessorTest {

    @Test
    void aPupilSlippingIntoPersistentAbsence() {
        // given ten weeks: 100% for six, then 80% for four: 92 of 100 sessions
        SortedMap<LocalDate, SessionTally> weeks = Weeks.attended(10, 10, 10, 10, 10, 10, 8, 8, 8, 8);
        SessionTally total = Weeks.total(weeks);
        DateWindow term = DateWindow.of(Weeks.FIRST_MONDAY, Weeks.FIRST_MONDAY.plusWeeks(12));
        IndividualTarget target =
                TargetRule.DEFAULT.targetFor("K1", term, Registers.attending(96, 100), Optional.empty());
        // when assessed with 20 sessions left in the term
        PupilAssessment a = PupilAssessor.standard().assess("K1", total, weeks, Optional.of(target), total, 20);
        // then
        assertEquals(Optional.of(new BigDecimal("92.00")), a.summary().attendanceRate());
        assertEquals(Optional.of(Band.AT_RISK), a.band());
        assertEquals(Optional.of(Track.FALLING), a.track());
        assertEquals(false, a.persistentAbsence());
        assertTrue(a.flags().contains(EscalationFlag.STAGE_1_LETTER));
        assertTrue(a.guidance().orElseThrow().situation().contains("at risk of becoming Persistently Absent"));
        // 92 of 100; (92 + k) / (100 + k) >= 96%  =>  k >= 100: more than the 20 left
        assertEquals(OptionalLong.empty(), a.sessionsToTarget().orElseThrow().sessionsWithoutAbsence());
    }

    @Test
    void aPupilWithoutPossibleSessionsHasNoBandAndNoGuidance() {
        SortedMap<LocalDate, SessionTally> weeks = Weeks.attended(-1, -1);
        PupilAssessment a = PupilAssessor.standard()
                .assess("K2", Weeks.total(weeks), weeks, Optional.empty(), SessionTally.EMPTY, 0);
        assertEquals(Optional.empty(), a.band());
        assertEquals(Optional.empty(), a.guidance());
        assertEquals(0, a.summary().pupils());
        assertTrue(a.flags().isEmpty());
    }
}
