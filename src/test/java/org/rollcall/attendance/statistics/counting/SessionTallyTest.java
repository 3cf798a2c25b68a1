package org.rollcall.attendance.statistics.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.attendance.statistics.counting.Registers.attending;
import static org.rollcall.attendance.statistics.counting.Registers.tally;

import org.junit.jupiter.api.Test;

/** The DfE definitions on one pupil's register. */
class SessionTallyTest {

    @Test
    void exactlyNinetyPercentIsPersistentAbsenceAndNinetyPointOneIsNot() {
        assertTrue(attending(900, 1000).isPersistentAbsence(), "90.0% is PA");
        assertFalse(attending(901, 1000).isPersistentAbsence(), "90.1% is not PA");
        assertTrue(tally("/*9 M").isPersistentAbsence(), "9 of 10 sessions is exactly 90.0%");
        assertFalse(tally("/*19 M").isPersistentAbsence(), "19 of 20 is 95%");
    }

    @Test
    void missingExactlyHalfIsSevereAbsence() {
        assertTrue(attending(500, 1000).isSevereAbsence(), "50.0% missed is severe");
        assertFalse(attending(501, 1000).isSevereAbsence(), "49.9% missed is not severe");
        assertTrue(attending(500, 1000).isPersistentAbsence(), "a severe absentee is also PA");
    }

    @Test
    void notPossibleCodesLeaveTheDenominator() {
        SessionTally t = tally("/*4 X Y1 # D Z Q");
        assertEquals(4, t.possible());
        assertEquals(4, t.attended());
        assertEquals(6, t.notPossible());
        assertEquals(0, t.absent());
        assertFalse(t.isPersistentAbsence());
    }

    @Test
    void lateBeforeCloseIsPresentAndLateAfterCloseIsUnauthorised() {
        SessionTally t = tally("/*6 L*2 U*2");
        assertEquals(10, t.possible());
        assertEquals(8, t.present());
        assertEquals(2, t.unauthorised());
        assertEquals(2, t.lateBeforeClose());
        assertEquals(2, t.lateAfterClose());
    }

    @Test
    void approvedActivityCountsAsAttendedButNotAsPresentOnSite() {
        SessionTally t = tally("/*5 K V P W B");
        assertEquals(5, t.present());
        assertEquals(5, t.approvedActivity());
        assertEquals(10, t.attended());
    }

    @Test
    void authorisedAndUnauthorisedAddUpToAbsence() {
        SessionTally t = tally("/*10 C1 M J1 S C2 C T R I E G N O U");
        assertEquals(10, t.authorised());
        assertEquals(4, t.unauthorised());
        assertEquals(14, t.absent());
        assertEquals(24, t.possible());
    }

    @Test
    void aPupilWithNoPossibleSessionIsNotMeasuredAndNotPersistentlyAbsent() {
        SessionTally t = tally("X*10");
        assertFalse(t.isMeasured());
        assertFalse(t.isPersistentAbsence());
        assertFalse(t.isSevereAbsence());
    }

    @Test
    void talliesAddUpCodeByCode() {
        SessionTally sum = tally("/*3 N").plus(tally("/ N*2 L"));
        assertEquals(tally("/*4 N*3 L"), sum);
        assertEquals(3, sum.sessionsOf("N"));
    }
}
