package org.rollcall.casework.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The penalty-notice threshold: 10 sessions of unauthorised absence within 10 school weeks. The
 * autumn term 2025 starts Monday 1 September; each example misses one Monday morning a week.
 */
class PenaltyThresholdTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2025, 9, 1);
    private static final PenaltyThreshold RULE = PenaltyThreshold.DEFAULT;

    private static Register autumn() {
        return new Register(WEEK_1, LocalDate.of(2025, 12, 19));
    }

    /** An N on the Monday morning of each listed week of the autumn term (week 1 = 1 September). */
    private static Register missingMondays(Register register, int... weeks) {
        for (int w : weeks) {
            register.am(WEEK_1.plusWeeks(w - 1), "N");
        }
        return register;
    }

    @Test
    void tenSessionsWithinExactlyTenSchoolWeeksMeetTheThreshold() {
        Optional<PenaltyThreshold.Crossing> c = RULE.latest(
                missingMondays(autumn(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).sessions());
        assertTrue(c.isPresent());
        assertEquals(LocalDate.of(2025, 11, 3), c.get().metOn(), "the 10th session, Monday of week 10");
        assertEquals(10, c.get().sessions().size());
        assertEquals(WEEK_1, c.get().sessions().get(0).date());
        assertEquals("AM", c.get().sessions().get(0).session().orElseThrow());
        assertEquals("N", c.get().sessions().get(0).detail());
    }

    @Test
    void nineSessionsDoNot() {
        assertTrue(
                RULE.latest(missingMondays(autumn(), 1, 2, 3, 4, 5, 6, 7, 8, 9).sessions())
                        .isEmpty());
    }

    @Test
    void tenSpreadOverElevenSchoolWeeksDoNot() {
        assertTrue(
                RULE.latest(missingMondays(autumn(), 1, 3, 4, 5, 6, 7, 8, 9, 10, 11)
                                .sessions())
                        .isEmpty(),
                "week 1 to week 11 is 11 school weeks");
    }

    @Test
    void aHalfTermWeekWithNoPossibleSessionIsNotASchoolWeek() {
        // half-term 27 to 31 October is calendar week 9: weeks 1-8 and 10-11 are ten school weeks
        Register register = autumn().closed(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31));
        Optional<PenaltyThreshold.Crossing> c = RULE.latest(
                missingMondays(register, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11).sessions());
        assertTrue(c.isPresent(), "11 calendar weeks, 10 school weeks");
        assertEquals(LocalDate.of(2025, 11, 10), c.get().metOn());
    }

    @Test
    void aWeekMarkedOnlyNotPossibleIsNotASchoolWeekEither() {
        Register register = autumn();
        for (LocalDate d = LocalDate.of(2025, 10, 27); d.isBefore(LocalDate.of(2025, 11, 1)); d = d.plusDays(1)) {
            register.day(d, "#");
        }
        assertTrue(RULE.latest(
                        missingMondays(register, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11).sessions())
                .isPresent());
    }

    @Test
    void thePeriodMaySpanTheSummerHoliday() {
        // summer term to Friday 18 July 2025, holiday to Sunday 31 August, autumn from Monday 1 September
        Register register = new Register(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 10, 31))
                .closed(LocalDate.of(2025, 7, 19), LocalDate.of(2025, 8, 31));
        for (LocalDate monday = LocalDate.of(2025, 6, 23);
                monday.isBefore(LocalDate.of(2025, 7, 19));
                monday = monday.plusWeeks(1)) {
            register.day(monday, "G"); // four school weeks in July, two sessions each: 8 sessions
        }
        register.am(LocalDate.of(2025, 9, 1), "O");
        Optional<PenaltyThreshold.Crossing> nine = RULE.latest(register.sessions());
        assertTrue(nine.isEmpty(), "9 sessions so far");
        register.am(LocalDate.of(2025, 9, 8), "U");
        Optional<PenaltyThreshold.Crossing> c = RULE.latest(register.sessions());
        assertTrue(c.isPresent(), "6 school weeks from 23 June to 8 September; the six holiday weeks do not count");
        assertEquals(LocalDate.of(2025, 9, 8), c.get().metOn());
        assertEquals(LocalDate.of(2025, 6, 23), c.get().sessions().get(0).date());
    }

    @Test
    void lateBeforeTheRegisterClosedIsNotUnauthorisedButLateAfterItIs() {
        Register withL = missingMondays(autumn(), 1, 2, 3, 4, 5, 6, 7, 8, 9).am(WEEK_1.plusWeeks(9), "L");
        assertTrue(RULE.latest(withL.sessions()).isEmpty(), "L is present");
        Register withU = missingMondays(autumn(), 1, 2, 3, 4, 5, 6, 7, 8, 9).am(WEEK_1.plusWeeks(9), "U");
        assertTrue(RULE.latest(withU.sessions()).isPresent(), "U is unauthorised absence");
    }

    @Test
    void authorisedAbsenceDoesNotCount() {
        Register register = missingMondays(autumn(), 1, 2, 3, 4, 5, 6, 7, 8, 9).am(WEEK_1.plusWeeks(9), "I");
        assertTrue(RULE.latest(register.sessions()).isEmpty());
    }

    @Test
    void sessionsCountedOnceAreNotCountedAgain() {
        Register register = autumn();
        for (int d = 0; d < 5; d++) {
            register.day(WEEK_1.plusDays(d), "N"); // 10 sessions in week 1: met on Friday 5 September
        }
        register.am(LocalDate.of(2025, 9, 8), "N");
        Optional<PenaltyThreshold.Crossing> c = RULE.latest(register.sessions());
        assertEquals(LocalDate.of(2025, 9, 5), c.orElseThrow().metOn(), "the 11th session starts a new count");
    }

    @Test
    void aSecondCrossingIsTheLatest() {
        Register register = autumn();
        for (int d = 0; d < 5; d++) {
            register.day(WEEK_1.plusDays(d), "N");
            register.day(WEEK_1.plusWeeks(4).plusDays(d), "N");
        }
        assertEquals(
                LocalDate.of(2025, 10, 3),
                RULE.latest(register.sessions()).orElseThrow().metOn());
    }
}
