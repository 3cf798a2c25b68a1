package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.PERSISTENT_ABSENCE;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.REFER_TO_ATTENDANCE_SERVICE;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.SEVERE_ABSENCE;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.STAGE_1_LETTER;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.STAGE_2_LETTER;
import static org.rollcall.attendance.statistics.pupil.EscalationFlag.STAGE_3_MONITORING;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.counting.Weeks;

class EscalationRuleTest {

    private static Set<EscalationFlag> flags(SortedMap<LocalDate, SessionTally> weeks, Optional<Track> track) {
        SessionTally t = Weeks.total(weeks);
        return EscalationRule.DEFAULT.flags(t, BandLimits.DEFAULT.bandOf(t), track, weeks);
    }

    @Test
    void sixSchoolWeeksAtOrBelowEightyFiveRefersToTheAttendanceService() {
        // cumulative 80%, 80%, ... for six weeks, with a closed week in between that does not break the run
        SortedMap<LocalDate, SessionTally> weeks = Weeks.attended(8, 8, 8, -1, 8, 8, 9);
        assertEquals(6, EscalationRule.DEFAULT.weeksAtOrBelowLimit(weeks));
        assertTrue(flags(weeks, Optional.empty()).contains(REFER_TO_ATTENDANCE_SERVICE));
    }

    @Test
    void fiveWeeksAreNotYetEnough() {
        SortedMap<LocalDate, SessionTally> weeks =
                Weeks.attended(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 3, 3, 3, 3, 3);
        // cumulative after week 11: 103/110 = 93.6%; 12: 106/120 = 88.3%; 13: 109/130 = 83.8% ...
        assertEquals(3, EscalationRule.DEFAULT.weeksAtOrBelowLimit(weeks));
        assertFalse(flags(weeks, Optional.empty()).contains(REFER_TO_ATTENDANCE_SERVICE));
    }

    @Test
    void exactlyEightyFiveCountsAsAtOrBelow() {
        SortedMap<LocalDate, SessionTally> weeks = Weeks.attended(10, 7, 9, 8, 9, 9);
        // cumulative: 100%, 85.0%, 86.7%, 85.0%, 86.0%, 86.7%: the latest week is above, so no run
        assertEquals(0, EscalationRule.DEFAULT.weeksAtOrBelowLimit(weeks));
        assertEquals(1, EscalationRule.DEFAULT.weeksAtOrBelowLimit(Weeks.attended(10, 7)));
    }

    @Test
    void stageLettersFollowTheBandOnTheFallingTrack() {
        assertEquals(
                Set.of(STAGE_1_LETTER),
                flags(Weeks.attended(9, 9, 9, 9, 9, 9, 10, 10, 10, 10), Optional.of(Track.FALLING)),
                "94%");
        assertEquals(
                Set.of(STAGE_2_LETTER),
                flags(Weeks.attended(9, 9, 9, 9, 9, 9, 9, 9, 9, 10), Optional.of(Track.STEADY)),
                "91%");
        assertEquals(
                Set.of(STAGE_3_MONITORING, PERSISTENT_ABSENCE),
                flags(Weeks.attended(9, 9, 9, 9, 9, 9, 9, 9, 9, 9), Optional.empty()),
                "90.0%");
    }

    @Test
    void anImprovingPupilGetsNoNewLetterButStaysFlaggedPa() {
        assertEquals(
                Set.of(PERSISTENT_ABSENCE),
                flags(Weeks.attended(9, 9, 9, 9, 9, 9, 9, 9, 9, 9), Optional.of(Track.IMPROVING)));
    }

    @Test
    void severeAbsenceIsFlagged() {
        Set<EscalationFlag> f = flags(Weeks.attended(5, 5, 5, 5, 5, 5), Optional.of(Track.STEADY));
        assertEquals(Set.of(SEVERE_ABSENCE, PERSISTENT_ABSENCE, STAGE_3_MONITORING, REFER_TO_ATTENDANCE_SERVICE), f);
    }
}
