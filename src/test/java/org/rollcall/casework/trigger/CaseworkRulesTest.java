package org.rollcall.casework.trigger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.pupil.BandLimits;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;

/** All triggers for one pupil as of a date, in the autumn term 2025 (from Monday 1 September). */
class CaseworkRulesTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2025, 9, 1);
    private static final CaseworkRules RULES = CaseworkRules.standard(BandLimits.DEFAULT);

    /**
     * Weeks from 1 September: in week i the pupil attends {@code attended[i]} of 10 sessions, missing the
     * rest with an authorised I from the Friday afternoon backwards (so no penalty or continuous rule).
     */
    private static Register weeks(int... attended) {
        Register register =
                new Register(WEEK_1, WEEK_1.plusWeeks(attended.length).minusDays(3));
        for (int w = 0; w < attended.length; w++) {
            for (int missed = 0; missed < 10 - attended[w]; missed++) {
                LocalDate day = WEEK_1.plusWeeks(w).plusDays(4 - missed / 2);
                if (missed % 2 == 0) {
                    register.pm(day, "I");
                } else {
                    register.am(day, "I");
                }
            }
        }
        return register;
    }

    private static PupilCase pupil(
            Register register, LocalDate asOf, List<CaseEvent> history, Optional<Predicate<LocalDate>> open) {
        PupilSessions s = register.sessions();
        return new PupilCase(s, s.tally(WEEK_1, asOf), s.weekly(WEEK_1, asOf), history, open);
    }

    private static Map<TriggerKind, Trigger> triggers(
            CaseworkRules rules, Register register, LocalDate asOf, CaseEvent... history) {
        return rules.triggers(pupil(register, asOf, List.of(history), Optional.empty()), asOf).stream()
                .collect(Collectors.toMap(Trigger::kind, Function.identity()));
    }

    private static Map<TriggerKind, Trigger> triggers(Register register, LocalDate asOf, CaseEvent... history) {
        return triggers(RULES, register, asOf, history);
    }

    @Test
    void sixWeeksAtOrBelowTheSeriousLimitEndingAtExactly85Trigger() {
        // cumulative: 8/10 80%, 16/20 80%, 24/30 80%, 33/40 82.5%, 42/50 84%, 51/60 85.0% (exactly the limit)
        Trigger t =
                triggers(weeks(8, 8, 8, 9, 9, 9), LocalDate.of(2025, 10, 10)).get(TriggerKind.SERIOUS_SIX_WEEKS);
        assertEquals(LocalDate.of(2025, 10, 6), t.since(), "met in the sixth week");
        assertEquals(6, t.evidence().size());
        assertEquals("85.00%", t.evidence().get(5).detail());
    }

    @Test
    void sixWeeksWhoseLastIsJustAboveTheLimitDoNot() {
        // 52/60 = 86.67% in week 6 ends the run at five weeks
        assertFalse(triggers(weeks(8, 8, 8, 9, 9, 10), LocalDate.of(2025, 10, 10))
                .containsKey(TriggerKind.SERIOUS_SIX_WEEKS));
    }

    @Test
    void theSeriousLimitIsTheSchoolsOwn() {
        // a school that sets its serious limit at 80: 8 of 10 every week is exactly on it
        CaseworkRules rules = CaseworkRules.standard(new BandLimits(
                new BigDecimal("97"),
                new BigDecimal("95"),
                new BigDecimal("92"),
                new BigDecimal("90"),
                new BigDecimal("80")));
        assertTrue(triggers(rules, weeks(8, 8, 8, 8, 8, 8), LocalDate.of(2025, 10, 10))
                .containsKey(TriggerKind.SERIOUS_SIX_WEEKS));
        assertFalse(
                triggers(rules, weeks(8, 8, 8, 8, 8), LocalDate.of(2025, 10, 3))
                        .containsKey(TriggerKind.SERIOUS_SIX_WEEKS),
                "five weeks are not six");
        assertFalse(
                triggers(rules, weeks(9, 8, 8, 8, 8, 8), LocalDate.of(2025, 10, 10))
                        .containsKey(TriggerKind.SERIOUS_SIX_WEEKS),
                "90% in week 1, then 85%, 83.3%... at 80: only five weeks at or below");
    }

    @Test
    void persistentAndSevereAbsenceYearToDate() {
        // 9/10 each week: exactly 90.0% is PA, and has been since week 1
        Map<TriggerKind, Trigger> pa = triggers(weeks(9, 9, 9, 9), LocalDate.of(2025, 9, 26));
        assertEquals(WEEK_1, pa.get(TriggerKind.PERSISTENT_ABSENCE).since());
        assertFalse(pa.containsKey(TriggerKind.SEVERE_ABSENCE));
        // 10, 10, then 0 and 0: 20/40 = 50% is severe from week 4 (week 3: 20/30 = 66.7%)
        Map<TriggerKind, Trigger> severe = triggers(weeks(10, 10, 0, 0), LocalDate.of(2025, 9, 26));
        assertEquals(
                LocalDate.of(2025, 9, 22),
                severe.get(TriggerKind.SEVERE_ABSENCE).since());
        assertEquals(
                LocalDate.of(2025, 9, 15),
                severe.get(TriggerKind.PERSISTENT_ABSENCE).since());
        assertTrue(triggers(weeks(10, 10, 10, 9), LocalDate.of(2025, 9, 26)).isEmpty(), "97.5%: nothing to do");
    }

    @Test
    void fallingIsTheStatisticsTrack() {
        // earlier 4 weeks 40/40, last 4 weeks 36/40: 90% against 100%, down 10 points
        Trigger t = triggers(weeks(10, 10, 10, 10, 9, 9, 9, 9), LocalDate.of(2025, 10, 24))
                .get(TriggerKind.FALLING);
        assertEquals(LocalDate.of(2025, 9, 29), t.since(), "the first of the recent four school weeks");
        assertEquals(
                List.of("90.00%", "90.00%", "90.00%", "90.00%"),
                t.evidence().stream().map(Evidence::detail).toList());
        assertFalse(triggers(weeks(9, 9, 9, 9, 10, 10, 10, 10), LocalDate.of(2025, 10, 24))
                .containsKey(TriggerKind.FALLING));
    }

    @Test
    void missingMarksAreOpenSessionsWithoutAMark() {
        LocalDate wednesday = LocalDate.of(2025, 9, 3);
        Register register = weeks(10, 10).closed(wednesday, wednesday);
        Predicate<LocalDate> weekdays =
                d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        LocalDate asOf = LocalDate.of(2025, 9, 12);
        List<Trigger> open = RULES.triggers(pupil(register, asOf, List.of(), Optional.of(weekdays)), asOf);
        assertEquals(1, open.size());
        assertEquals(TriggerKind.MISSING_MARKS, open.get(0).kind());
        assertEquals(wednesday, open.get(0).since());
        assertEquals(
                List.of("AM", "PM"),
                open.get(0).evidence().stream()
                        .map(e -> e.session().orElseThrow())
                        .toList());
        assertTrue(
                open.get(0).action().contains("2 open sessions have no mark"),
                open.get(0).action());
        List<Trigger> closedThatDay = RULES.triggers(
                pupil(register, asOf, List.of(), Optional.of(weekdays.and(d -> !d.equals(wednesday)))), asOf);
        assertTrue(closedThatDay.isEmpty(), "a closure is not an open session");
    }

    private static Register pastThreshold() {
        Register register = weeks(10, 10, 10, 10);
        for (int d = 0; d < 5; d++) {
            register.day(LocalDate.of(2025, 9, 15).plusDays(d), "N");
        }
        return register;
    }

    private static CaseEvent notice(long id, LocalDate on, String parent, PenaltyStatus status) {
        return new CaseEvent(
                id, InterventionType.PENALTY_NOTICE, on, Optional.of(parent), Optional.of(status), Optional.empty());
    }

    private static CaseEvent noticeToImprove(long id, LocalDate on, LocalDate ends) {
        return new CaseEvent(
                id, InterventionType.NOTICE_TO_IMPROVE, on, Optional.empty(), Optional.empty(), Optional.of(ends));
    }

    @Test
    void pastThePenaltyThresholdANoticeToImproveComesFirst() {
        Trigger t = triggers(pastThreshold(), LocalDate.of(2025, 9, 26)).get(TriggerKind.PENALTY_THRESHOLD);
        assertEquals(LocalDate.of(2025, 9, 19), t.since());
        assertTrue(t.action().contains("A Notice to Improve normally comes first"), t.action());
    }

    @Test
    void aParentWithTwoNoticesForThisChildInThreeYearsMeansOtherAction() {
        LocalDate asOf = LocalDate.of(2025, 9, 26);
        CaseEvent first = notice(1, LocalDate.of(2023, 1, 9), "Sam Parent", PenaltyStatus.PAID);
        CaseEvent second = notice(2, LocalDate.of(2024, 11, 4), "sam parent ", PenaltyStatus.ISSUED);
        String action = triggers(pastThreshold(), asOf, first, second)
                .get(TriggerKind.PENALTY_THRESHOLD)
                .action();
        assertTrue(action.startsWith("Consider other action"), action);
        assertTrue(action.contains("Sam Parent has already had 2 penalty notices"), action);

        CaseEvent withdrawn = notice(2, LocalDate.of(2024, 11, 4), "Sam Parent", PenaltyStatus.WITHDRAWN);
        assertFalse(
                triggers(pastThreshold(), asOf, first, withdrawn)
                        .get(TriggerKind.PENALTY_THRESHOLD)
                        .action()
                        .startsWith("Consider other action"),
                "a withdrawn notice does not count");
        CaseEvent overThreeYears = notice(1, LocalDate.of(2022, 9, 26), "Sam Parent", PenaltyStatus.PAID);
        assertFalse(
                triggers(pastThreshold(), asOf, overThreeYears, second)
                        .get(TriggerKind.PENALTY_THRESHOLD)
                        .action()
                        .startsWith("Consider other action"),
                "26 September 2022 is three years before: outside the rolling period");
        CaseEvent otherParent = notice(2, LocalDate.of(2024, 11, 4), "Alex Parent", PenaltyStatus.PAID);
        assertFalse(
                triggers(pastThreshold(), asOf, first, otherParent)
                        .get(TriggerKind.PENALTY_THRESHOLD)
                        .action()
                        .startsWith("Consider other action"),
                "the limit is per parent");
    }

    @Test
    void aNoticeToImproveThatEndedWithoutImprovementIsDue() {
        // notice on 22 September, improvement period to 10 October; an N on Monday 6 October
        Register register = weeks(10, 10, 10, 10, 10, 10).am(LocalDate.of(2025, 10, 6), "N");
        CaseEvent nti = noticeToImprove(1, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 10));
        Trigger t = triggers(register, LocalDate.of(2025, 10, 13), nti).get(TriggerKind.NOTICE_TO_IMPROVE_ENDED);
        assertEquals(LocalDate.of(2025, 10, 11), t.since(), "the day after the period");
        assertEquals(1, t.evidence().size());
        assertTrue(t.action().contains("consider a penalty notice"), t.action());

        assertFalse(
                triggers(register, LocalDate.of(2025, 10, 10), nti).containsKey(TriggerKind.NOTICE_TO_IMPROVE_ENDED),
                "still running on its last day");
        assertFalse(
                triggers(weeks(10, 10, 10, 10, 10, 10), LocalDate.of(2025, 10, 13), nti)
                        .containsKey(TriggerKind.NOTICE_TO_IMPROVE_ENDED),
                "no unauthorised absence: improved");
        CaseEvent penalty = notice(2, LocalDate.of(2025, 10, 13), "Sam Parent", PenaltyStatus.ISSUED);
        assertFalse(
                triggers(register, LocalDate.of(2025, 10, 13), nti, penalty)
                        .containsKey(TriggerKind.NOTICE_TO_IMPROVE_ENDED),
                "answered by a penalty notice");
    }

    @Test
    void theThresholdWhileANoticeToImproveRunsWaitsForItsEnd() {
        CaseEvent nti = noticeToImprove(1, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 10));
        String action = triggers(pastThreshold(), LocalDate.of(2025, 9, 26), nti)
                .get(TriggerKind.PENALTY_THRESHOLD)
                .action();
        assertTrue(action.startsWith("A Notice to Improve is running until 2025-10-10"), action);
    }
}
