package org.rollcall.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rollcall.schedule.DefaultSchedule;
import org.rollcall.schedule.Occurrence;
import org.rollcall.schedule.ScheduleEntry;
import org.rollcall.schedule.SchedulePlanner;
import org.rollcall.schedule.SchedulePoint;
import org.rollcall.schedule.ScheduleWindow;
import org.rollcall.schedule.TermDates;

/**
 * The default term schedule on the demo's calendar for 2026/27, worked out by hand from
 * {@link EnglishTermDates}: autumn Tue 1 Sep (two INSET days) to Fri 18 Dec with half-term 26 to
 * 30 Oct; spring Mon 4 Jan (INSET) to Fri 19 Mar with half-term 15 to 19 Feb (Easter is 28 March);
 * summer Mon 5 Apr (INSET) to Wed 21 Jul (the INSET day after the 190th open day, Tue 20 Jul) with
 * half-term 31 May to 4 Jun, closed 3 May (bank holiday) and 6 May (polling day).
 */
class DemoTermScheduleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final SchedulePlanner planner = new SchedulePlanner(termDates(EnglishTermDates.calendar(2025, 2)));

    @Test
    void theGovernorPackComesFiveSchoolDaysBeforeEachTermEndsWithTheTermToDate() {
        assertEquals(
                List.of(
                        "2026-12-11 2026-09-01..2026-12-10 Autumn",
                        // Thu 18 to Fri 12 March: 18, 17, 16, 15, 12
                        "2027-03-12 2027-01-04..2027-03-11 Spring",
                        // the last day, 21 Jul, is an INSET day: 20, 19, 16, 15, 14
                        "2027-07-14 2027-04-05..2027-07-13 Summer"),
                lines(planner.next(entry("GOVERNOR_PACK"), TODAY)));
    }

    @Test
    void staffDataAtEachHalfTermStartCoversTheHalfTermJustEnded() {
        assertEquals(
                List.of(
                        // the run on spring's first day reports on autumn's second half
                        "2027-01-04 2026-11-02..2026-12-18 Spring",
                        "2027-02-22 2027-01-04..2027-02-12 Spring",
                        "2027-04-05 2027-02-22..2027-03-19 Summer",
                        "2027-06-07 2027-04-05..2027-05-28 Summer"),
                lines(planner.next(entry("STAFF_DATA"), TODAY)));
    }

    @Test
    void parentPrintoutsAtEachHalfTermStartGiveTheYearToDate() {
        assertEquals(
                List.of(
                        "2027-01-04 2026-09-01..2026-12-18 Spring",
                        "2027-02-22 2026-09-01..2027-02-12 Spring",
                        "2027-04-05 2026-09-01..2027-03-19 Summer",
                        "2027-06-07 2026-09-01..2027-05-28 Summer"),
                lines(planner.next(entry("PARENT_PRINTOUTS"), TODAY)));
    }

    @Test
    void theSefSectionComesOnTheLastDayOfTheSummerTermOnly() {
        assertEquals(
                List.of("2027-07-21 2026-09-01..2027-07-20 Summer"), lines(planner.next(entry("SEF_SECTION"), TODAY)));
    }

    /**
     * The server was down from Thursday 10 to Monday 14 December 2026 and so missed the governor
     * pack of Friday 11 December. Back on the 14th it makes that one and every earlier run of the
     * year it has not made; with the schedule set on 1 October, not the September ones.
     */
    @Test
    void aServerBackAfterAMissedDateCatchesUpWithinTheYearAndSinceTheScheduleWasSet() {
        LocalDate backOn = LocalDate.of(2026, 12, 14);
        List<String> sinceSeptember = planner.due(DefaultSchedule.ENTRIES, backOn, LocalDate.of(2026, 9, 1)).stream()
                .map(o -> o.entry().kind() + " " + line(o))
                .toList();
        DemoCalendar.AcademicYear lastYear =
                EnglishTermDates.calendar(2025, 1).academicYears().get(0);
        LocalDate lastOpenDay = lastYear.openDays().get(lastYear.openDays().size() - 1);
        // 2025/26 ends with its 190th open day, Mon 20 Jul 2026; its summer half-term was 25 to 29 May
        assertEquals(LocalDate.of(2026, 7, 20), lastOpenDay);
        assertEquals(
                List.of(
                        "PARENT_PRINTOUTS 2026-09-01 2025-09-01..2026-07-20 Autumn",
                        "STAFF_DATA 2026-09-01 2026-06-01..2026-07-20 Autumn",
                        "PARENT_PRINTOUTS 2026-11-02 2026-09-01..2026-10-23 Autumn",
                        "STAFF_DATA 2026-11-02 2026-09-01..2026-10-23 Autumn",
                        "GOVERNOR_PACK 2026-12-11 2026-09-01..2026-12-10 Autumn"),
                sinceSeptember);

        List<String> sinceOctober = planner.due(DefaultSchedule.ENTRIES, backOn, LocalDate.of(2026, 10, 1)).stream()
                .map(o -> o.entry().kind() + " " + o.date())
                .toList();
        assertEquals(
                List.of("PARENT_PRINTOUTS 2026-11-02", "STAFF_DATA 2026-11-02", "GOVERNOR_PACK 2026-12-11"),
                sinceOctober);
    }

    @Test
    void theDayBeforeTheGovernorPackNothingOfDecemberIsDueAndOnTheDayItIs() {
        LocalDate since = LocalDate.of(2026, 10, 1);
        ScheduleEntry pack = entry("GOVERNOR_PACK");
        assertEquals(List.of(), planner.due(List.of(pack), LocalDate.of(2026, 12, 10), since));
        assertEquals(
                List.of("2026-12-11 2026-09-01..2026-12-10 Autumn"),
                lines(planner.due(List.of(pack), LocalDate.of(2026, 12, 11), since)));
    }

    @Test
    void twoEntriesThatGiveTheSameKindAndWindowMakeOneRun() {
        ScheduleEntry onThursday =
                new ScheduleEntry("GOVERNOR_PACK", SchedulePoint.TERM_END, -6, ScheduleWindow.TERM_TO_DATE);
        ScheduleEntry sameWindowLater = new ScheduleEntry(
                "GOVERNOR_PACK", SchedulePoint.TERM_START, 0, ScheduleWindow.TERM_TO_DATE, Optional.of("Spring"));
        // Thu 10 Dec reports 1 Sep to 9 Dec; 4 Jan reports the whole autumn term: two windows, two runs
        List<Occurrence> due = planner.due(List.of(onThursday, sameWindowLater), LocalDate.of(2027, 1, 4), TODAY);
        assertEquals(
                List.of("2026-12-10 2026-09-01..2026-12-09 Autumn", "2027-01-04 2026-09-01..2026-12-18 Spring"),
                lines(due));
        List<Occurrence> twice =
                planner.due(List.of(sameWindowLater, sameWindowLater), LocalDate.of(2027, 1, 4), TODAY);
        assertEquals(1, twice.size());
    }

    private static ScheduleEntry entry(String kind) {
        return DefaultSchedule.ENTRIES.stream()
                .filter(e -> e.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lines(List<Occurrence> occurrences) {
        return occurrences.stream().map(DemoTermScheduleTest::line).toList();
    }

    private static String line(Occurrence o) {
        return o.date() + " " + o.from() + ".." + o.to() + " " + o.term();
    }

    /** The demo calendar as the server holds it once the demo has sent it. */
    static TermDates termDates(DemoCalendar calendar) {
        return new TermDates(
                calendar.academicYears().stream()
                        .map(y -> new TermDates.Year(
                                y.name(),
                                y.start(),
                                y.end(),
                                y.terms().stream()
                                        .map(t -> new TermDates.Term(
                                                t.name(),
                                                t.start(),
                                                t.end(),
                                                Optional.of(t.halfTermStart()),
                                                Optional.of(t.halfTermEnd())))
                                        .toList()))
                        .toList(),
                calendar.academicYears().stream()
                        .flatMap(y -> y.closures().stream())
                        .map(DemoCalendar.Closure::date)
                        .collect(Collectors.toSet()));
    }
}
