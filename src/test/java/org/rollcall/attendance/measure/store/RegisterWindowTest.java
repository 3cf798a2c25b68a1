package org.rollcall.attendance.measure.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.counting.StandardCodes;
import org.rollcall.attendance.statistics.population.PupilProfile;

/** Counting cached registers for a window: time on roll, weeks, weekdays, and windows across two academic years. */
class RegisterWindowTest {

    private static final RegisterCodeBook CODES = StandardCodes.book();
    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    private static final DateWindow WEEK = DateWindow.of(MONDAY, MONDAY.plusDays(4));

    /** Marks a week of ten sessions for the pupil, AM then PM from Monday. */
    private static void week(YearRegister.Builder b, long pupil, LocalDate monday, String register) {
        String[] codes = register.split(" ");
        for (int i = 0; i < codes.length; i++) {
            LocalDate day = monday.plusDays(i / 2);
            int slot = (int) ChronoUnit.DAYS.between(b.start(), day) * 2 + i % 2;
            b.add(pupil, slot, codes[i], CODES.categoryOf(codes[i], day));
        }
    }

    private static RollPupil pupil(long id, EnrolmentSpell... spells) {
        return new RollPupil(
                id, PupilProfile.builder("A" + id).yearGroup("7").form("7A").build(), List.of(spells));
    }

    private static RollPupil always(long id) {
        return pupil(id, EnrolmentSpell.from(LocalDate.MIN));
    }

    private static RegisterWindow window(DateWindow window, String register) {
        YearRegister.Builder b = YearRegister.builder(1, MONDAY);
        week(b, 1, MONDAY, register);
        return new RegisterWindow(window, List.of(b.build()));
    }

    @Test
    void countsEveryCodeOfTheWindowWithItsCategory() {
        SessionTally t = window(WEEK, "/ \\ L I / U V \\ X N").tally(always(1));
        assertEquals(9, t.possible(), "X is not possible");
        assertEquals(6, t.attended(), "/ \\ L V \\ and the second \\");
        assertEquals(1, t.authorised());
        assertEquals(2, t.unauthorised());
        assertEquals(1, t.lateBeforeClose());
        assertEquals(1, t.lateAfterClose());
    }

    @Test
    void marksOutsideTheWindowAreLeftOut() {
        SessionTally t = window(DateWindow.of(MONDAY.plusDays(1), MONDAY.plusDays(2)), "N N / \\ / I N N N N")
                .tally(always(1));
        assertEquals(4, t.possible(), "Tuesday and Wednesday only");
        assertEquals(1, t.absent());
    }

    @Test
    void aLeaverCountsUpToTheLeavingDateAndAJoinerFromAdmission() {
        RegisterWindow w = window(WEEK, "/ \\ / \\ N N N N N N");
        SessionTally leaver = w.tally(pupil(1, EnrolmentSpell.between(LocalDate.of(2020, 9, 1), MONDAY.plusDays(1))));
        assertEquals(4, leaver.possible(), "Monday and Tuesday, the leaving day included");
        assertEquals(0, leaver.absent());
        SessionTally joiner = w.tally(pupil(1, EnrolmentSpell.from(MONDAY.plusDays(2))));
        assertEquals(6, joiner.possible(), "from Wednesday, the admission day included");
        assertEquals(6, joiner.absent());
    }

    @Test
    void aPupilWhoLeftAndCameBackCountsInBothSpellsOnceEach() {
        RegisterWindow w = window(WEEK, "/ \\ I I / \\ N N / \\");
        RollPupil twoSpells =
                pupil(1, EnrolmentSpell.between(MONDAY, MONDAY.plusDays(2)), EnrolmentSpell.from(MONDAY.plusDays(4)));
        assertEquals(8, w.tally(twoSpells).possible(), "Monday to Wednesday, then Friday; Thursday off roll");
        RollPupil overlapping = pupil(1, EnrolmentSpell.from(MONDAY), EnrolmentSpell.from(MONDAY.plusDays(1)));
        assertEquals(10, w.tally(overlapping).possible(), "overlapping spells count each day once");
    }

    @Test
    void aPupilNeverOnRollOrWithoutMarksHasNothingToMeasure() {
        RegisterWindow w = window(WEEK, "/ \\ / \\ / \\ / \\ / \\");
        assertTrue(!w.tally(pupil(1)).isMeasured());
        assertTrue(!w.tally(always(2)).isMeasured(), "pupil 2 has no marks");
    }

    @Test
    void weeksAreKeyedByMondayAndWeekdaysAddUpAcrossPupils() {
        YearRegister.Builder b = YearRegister.builder(1, MONDAY);
        week(b, 1, MONDAY, "/ \\ / \\ / \\ / \\ N N");
        week(b, 2, MONDAY, "N N / \\ / \\ / \\ / \\");
        week(b, 1, MONDAY.plusWeeks(1), "/ \\ / \\ / \\ / \\ / \\");
        RegisterWindow w =
                new RegisterWindow(DateWindow.of(MONDAY.plusDays(2), MONDAY.plusDays(13)), List.of(b.build()));
        List<RollPupil> both = List.of(always(1), always(2));
        SortedMap<LocalDate, SessionTally> weeks = w.weekly(both);
        assertEquals(
                List.of(MONDAY, MONDAY.plusWeeks(1)), List.copyOf(weeks.keySet()), "the window starts on a Wednesday");
        assertEquals(12, weeks.get(MONDAY).possible(), "Wednesday to Friday for two pupils");
        assertEquals(2, weeks.get(MONDAY).absent());
        Map<DayOfWeek, SessionTally> days = w.byDayOfWeek(both);
        assertEquals(6, days.get(DayOfWeek.FRIDAY).possible(), "two Fridays of pupil 1, one of pupil 2");
        assertEquals(2, days.get(DayOfWeek.FRIDAY).absent());
        assertEquals(2, days.get(DayOfWeek.MONDAY).possible(), "only the second Monday is in the window");
    }

    @Test
    void aWindowAcrossTwoAcademicYearsReadsBothRegisters() {
        YearRegister.Builder last = YearRegister.builder(1, LocalDate.of(2025, 8, 1));
        YearRegister.Builder next = YearRegister.builder(1, MONDAY);
        LocalDate lateAugust = LocalDate.of(2025, 8, 25);
        week(last, 1, lateAugust, "/ \\ / \\ / \\ / \\ / \\");
        week(next, 1, LocalDate.of(2025, 9, 1), "I I I I I I I I I I");
        DateWindow window = DateWindow.of(lateAugust, LocalDate.of(2025, 9, 5));
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1)), RegisterWindow.yearStartsOf(window));
        SessionTally t = new RegisterWindow(window, List.of(last.build(), next.build())).tally(always(1));
        assertEquals(20, t.possible());
        assertEquals(10, t.authorised());
    }

    @Test
    void aRetiredCodeKeepsTheMeaningItHadOnTheDay() {
        YearRegister.Builder b = YearRegister.builder(1, LocalDate.of(2024, 8, 1));
        b.add(1, slot(b, LocalDate.of(2024, 7, 1)), "J", CODES.categoryOf("J", LocalDate.of(2024, 7, 1)));
        b.add(1, slot(b, LocalDate.of(2024, 7, 2)), "J1", CODES.categoryOf("J1", LocalDate.of(2024, 7, 2)));
        YearRegister register = b.build();
        SessionTally t =
                new RegisterWindow(DateWindow.of(register.start(), register.end()), List.of(register)).tally(always(1));
        assertEquals(1, t.approvedActivity(), "J before 2024: approved educational activity");
        assertEquals(1, t.authorised(), "J1: authorised");
        assertEquals(
                Optional.of(AttendanceCategory.APPROVED_ACTIVITY),
                t.codeSessions().stream()
                        .filter(c -> c.code().equals("J"))
                        .map(c -> c.category())
                        .findFirst());
    }

    private static int slot(YearRegister.Builder b, LocalDate day) {
        return (int) ChronoUnit.DAYS.between(b.start(), day) * 2;
    }
}
