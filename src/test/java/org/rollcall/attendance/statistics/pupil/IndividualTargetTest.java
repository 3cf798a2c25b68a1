package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.attendance.statistics.counting.Registers.attending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;

/** One target per pupil per term, and how far away it is. */
class IndividualTargetTest {

    private static final DateWindow SPRING = DateWindow.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 4, 4));
    private static final BigDecimal NINETY_SIX = new BigDecimal("96");

    @Test
    void theDefaultIsNinetySixPercent() {
        IndividualTarget t = TargetRule.DEFAULT.targetFor("A1", SPRING, attending(95, 100), Optional.empty());
        assertEquals(NINETY_SIX, t.percent());
        assertEquals(TargetSource.DEFAULT_RULE, t.source());
        assertEquals(NINETY_SIX, TargetRule.DEFAULT.defaultTarget(attending(94, 100)), "94.0% is not below 94");
        assertEquals(NINETY_SIX, TargetRule.DEFAULT.defaultTarget(SessionTally.EMPTY), "new pupil");
    }

    @Test
    void aPupilBelowNinetyFourIsAskedForTwoPointsMore() {
        assertEquals(new BigDecimal("82.0"), TargetRule.DEFAULT.defaultTarget(attending(80, 100)));
        assertEquals(new BigDecimal("89.7"), TargetRule.DEFAULT.defaultTarget(attending(877, 1000)), "87.7 + 2");
        assertEquals(
                new BigDecimal("95.9"),
                TargetRule.DEFAULT.defaultTarget(attending(9389, 10000)),
                "93.89 rounds to 93.9, + 2");
    }

    @Test
    void theSchoolCanOverrideTheTarget() {
        IndividualTarget t =
                TargetRule.DEFAULT.targetFor("A1", SPRING, attending(80, 100), Optional.of(new BigDecimal("90")));
        assertEquals(new BigDecimal("90"), t.percent());
        assertEquals(TargetSource.SCHOOL_OVERRIDE, t.source());
        assertThrows(
                IllegalArgumentException.class,
                () -> TargetRule.DEFAULT.targetFor(
                        "A1", SPRING, attending(80, 100), Optional.of(new BigDecimal("101"))));
    }

    @Test
    void sessionsToAttendWithoutAbsenceToReachTheTarget() {
        // 45 of 50 so far (90%), target 95%, 60 sessions left:
        // (45 + k) / (50 + k) >= 0.95  =>  k >= 50
        SessionsToTarget d = SessionsToTarget.of(new BigDecimal("95"), attending(45, 50), 60);
        assertEquals(OptionalLong.of(50), d.sessionsWithoutAbsence());
        assertTrue(d.reachableThisTerm());
        assertFalse(d.alreadyMet());
        assertEquals(Optional.of(new BigDecimal("90.00")), d.current());
        // to end the term at 95% of 110 sessions (104.5, so 105) the pupil must attend 60 of the 60 left
        assertEquals(OptionalLong.of(60), d.sessionsOfRemainingToAttend());
    }

    @Test
    void aTargetOutOfReachThisTermIsSaidSo() {
        SessionsToTarget d = SessionsToTarget.of(new BigDecimal("95"), attending(45, 50), 49);
        assertEquals(OptionalLong.empty(), d.sessionsWithoutAbsence());
        assertFalse(d.reachableThisTerm());
        assertEquals(OptionalLong.empty(), d.sessionsOfRemainingToAttend());
    }

    @Test
    void aPupilAtTheTargetNeedsNoMoreSessions() {
        SessionsToTarget d = SessionsToTarget.of(NINETY_SIX, attending(96, 100), 10);
        assertEquals(OptionalLong.of(0), d.sessionsWithoutAbsence());
        assertTrue(d.alreadyMet());
        assertEquals(OptionalLong.of(10), d.sessionsOfRemainingToAttend(), "106 of 110 is 96.4%; 105 would be 95.45%");
    }

    @Test
    void aHundredPercentTargetWithAnAbsenceCannotBeReached() {
        assertFalse(SessionsToTarget.of(new BigDecimal("100"), attending(9, 10), 100)
                .reachableThisTerm());
        assertTrue(
                SessionsToTarget.of(new BigDecimal("100"), attending(10, 10), 0).alreadyMet());
    }

    @Test
    void beforeTheFirstSessionOneAttendedSessionReachesAnyTarget() {
        SessionsToTarget d = SessionsToTarget.of(NINETY_SIX, SessionTally.EMPTY, 120);
        assertEquals(OptionalLong.of(1), d.sessionsWithoutAbsence());
        assertFalse(d.alreadyMet());
        assertEquals(OptionalLong.of(116), d.sessionsOfRemainingToAttend(), "96% of 120 is 115.2, so 116");
    }
}
