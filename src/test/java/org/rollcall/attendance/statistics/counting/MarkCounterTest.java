package org.rollcall.attendance.statistics.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counting a pupil's marks: window, time on roll, weeks, weekdays. */
class MarkCounterTest {

    // Monday 6 to Friday 17 January 2025: two school weeks, 20 sessions.
    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
    private static final DateWindow TWO_WEEKS = DateWindow.of(MONDAY, MONDAY.plusDays(11));

    /** Marks every weekday of the two weeks with {@code code}, both sessions. */
    private static MarkCounter fullRegister(OnRoll onRoll, String code) {
        MarkCounter counter = new MarkCounter(Registers.CODES, TWO_WEEKS, onRoll);
        for (LocalDate d = MONDAY.minusWeeks(1); d.isBefore(MONDAY.plusWeeks(3)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                counter.count(code, d, Session.AM).count(code, d, Session.PM);
            }
        }
        return counter;
    }

    @Test
    void onlyMarksInsideTheWindowCount() {
        assertEquals(20, fullRegister(OnRoll.always(), "/").tally().possible());
    }

    @Test
    void aLeaverCountsUpToAndIncludingTheLeavingDate() {
        OnRoll leaver = OnRoll.of(EnrolmentSpell.between(LocalDate.of(2020, 9, 1), MONDAY.plusDays(2)));
        assertEquals(6, fullRegister(leaver, "/").tally().possible(), "Monday to Wednesday");
    }

    @Test
    void aJoinerCountsFromAdmission() {
        OnRoll joiner = OnRoll.of(EnrolmentSpell.from(MONDAY.plusDays(7)));
        assertEquals(10, fullRegister(joiner, "/").tally().possible(), "second week only");
    }

    @Test
    void aPupilWhoLeftAndCameBackCountsInBothSpells() {
        OnRoll twice = OnRoll.of(EnrolmentSpell.between(MONDAY, MONDAY), EnrolmentSpell.from(MONDAY.plusDays(11)));
        assertEquals(4, fullRegister(twice, "/").tally().possible());
    }

    @Test
    void marksAreSplitByWeekAndWeekday() {
        MarkCounter c = fullRegister(OnRoll.always(), "N");
        assertEquals(2, c.weekly().size());
        assertEquals(10, c.weekly().get(MONDAY.plusWeeks(1)).possible());
        assertEquals(4, c.byDayOfWeek().get(DayOfWeek.FRIDAY).unauthorised());
    }

    @Test
    void anUnknownCodeFailsEvenOutsideTheWindow() {
        MarkCounter c = new MarkCounter(Registers.CODES, TWO_WEEKS, OnRoll.always());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> c.count("?", MONDAY.minusYears(1), Session.AM));
        assertTrue(e.getMessage().contains("'?'"));
    }

    @Test
    void twoMarksForOneSessionAreAnError() {
        MarkCounter c = new MarkCounter(Registers.CODES, TWO_WEEKS, OnRoll.always());
        c.count("/", MONDAY, Session.AM).count("N", MONDAY, Session.PM);
        assertThrows(IllegalArgumentException.class, () -> c.count("L", MONDAY, Session.AM));
    }

    @Test
    void aRetiredJInOldRegistersCountsAsAttended() {
        LocalDate monday2023 = LocalDate.of(2023, 11, 6);
        MarkCounter c = new MarkCounter(Registers.CODES, DateWindow.of(monday2023, monday2023), OnRoll.always());
        c.count("J", monday2023, Session.AM).count("H", monday2023, Session.PM);
        assertEquals(1, c.tally().attended());
        assertEquals(1, c.tally().authorised());
    }
}
