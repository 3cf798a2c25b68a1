package org.rollcall.casework.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 10 consecutive school days of unauthorised absence, both sessions, from Monday 8 September 2025. */
class ContinuousAbsenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    private static final ContinuousAbsence RULE = ContinuousAbsence.DEFAULT;

    private static Register register() {
        return new Register(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 17));
    }

    /** N both sessions on {@code count} weekdays from Monday 8 September, skipping weekends and the given dates. */
    private static Register absent(Register register, int count, LocalDate... skip) {
        LocalDate d = MONDAY;
        for (int n = 0; n < count; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            if (!weekend && !java.util.List.of(skip).contains(d)) {
                register.day(d, "N");
                n++;
            }
        }
        return register;
    }

    @Test
    void tenSchoolDaysOverAWeekendMeetTheRule() {
        PenaltyThreshold.Crossing run =
                RULE.latest(absent(register(), 10).sessions()).orElseThrow();
        assertEquals(
                LocalDate.of(2025, 9, 19),
                run.metOn(),
                "Monday 8 to Friday 19 September: the weekend does not break it");
        assertEquals(10, run.sessions().size());
        assertEquals("N N", run.sessions().get(0).detail());
    }

    @Test
    void nineDoNot() {
        assertTrue(RULE.latest(absent(register(), 9).sessions()).isEmpty());
    }

    @Test
    void aClosureBetweenDoesNotBreakTheRun() {
        LocalDate inset = LocalDate.of(2025, 9, 12);
        Register register = register().closed(inset, inset);
        PenaltyThreshold.Crossing run =
                RULE.latest(absent(register, 10, inset).sessions()).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 22), run.metOn(), "the INSET day Friday 12 September is not a school day");
    }

    @Test
    void aPlannedClosureMarkedHashDoesNotBreakItEither() {
        LocalDate closure = LocalDate.of(2025, 9, 12);
        Register register = register().day(closure, "#");
        assertTrue(RULE.latest(absent(register, 10, closure).sessions()).isPresent());
    }

    @Test
    void aDayWithOneSessionAttendedBreaksTheRun() {
        Register register = absent(register(), 10).pm(LocalDate.of(2025, 9, 12), "/");
        assertTrue(RULE.latest(register.sessions()).isEmpty(), "4 days, then 5: no run of 10");
    }

    @Test
    void aLongerRunListsEveryDay() {
        PenaltyThreshold.Crossing run =
                RULE.latest(absent(register(), 12).sessions()).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 19), run.metOn(), "met on the 10th day");
        assertEquals(12, run.sessions().size());
    }
}
