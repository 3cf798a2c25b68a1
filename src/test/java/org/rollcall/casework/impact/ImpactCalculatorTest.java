package org.rollcall.casework.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.attendance.statistics.counting.StandardCodes;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.trigger.PupilSessions;

/**
 * Hand-worked impact, autumn 2025 with half-term 27 to 31 October. Letters sent on Wednesday
 * 22 October: that week is left out; the 4 school weeks before are 22 September to 17 October, the
 * 4 after are 3 to 28 November (half-term is not a school week).
 *
 * <pre>
 * pupil  type            before                     after                     change
 * A      STAGE_1_LETTER  8,8,8,8 of 10  = 80.00%    9,9,9,9  = 90.00%         +10.00
 * B      STAGE_1_LETTER  9,9,9,9        = 90.00%    9,8,9,8  = 85.00%          -5.00
 * C      STAGE_1_LETTER  10,10,10,10    = 100.00%   marks end 14 November: 2 school weeks, not measured
 * D      CONVERSATION    7,7,8,8        = 75.00%    8,8,8,9  = 82.50%          +7.50
 * stage 1: 2 pupils, mean before 85.00, after 87.50, change +2.50, improved 1 of 2 = 50.00%
 * </pre>
 */
class ImpactCalculatorTest {

    private static final RegisterCodeBook CODES = StandardCodes.book();
    private static final LocalDate TERM = LocalDate.of(2025, 9, 1);
    private static final LocalDate HALF_TERM = LocalDate.of(2025, 10, 27);
    private static final LocalDate LETTER = LocalDate.of(2025, 10, 22);

    /** A pupil attending the given sessions of 10 in each week from 22 September (skipping half-term). */
    private static PupilSessions pupil(LocalDate until, int... perWeek) {
        PupilSessions.Builder b =
                PupilSessions.builder(DateWindow.of(TERM, until)).onRollThroughout();
        LocalDate monday = LocalDate.of(2025, 9, 22);
        for (int attended : perWeek) {
            if (monday.equals(HALF_TERM)) {
                monday = monday.plusWeeks(1);
            }
            for (int s = 0; s < 10; s++) {
                LocalDate day = monday.plusDays(s / 2);
                String code = s < attended ? "/" : "N";
                b.mark(day, s % 2 == 1, code, CODES.categoryOf(code, day));
            }
            monday = monday.plusWeeks(1);
        }
        return b.build();
    }

    @Test
    void meansOfEachPupilsBeforeAndAfter() {
        LocalDate end = LocalDate.of(2025, 12, 19);
        List<ImpactCalculator.Case> cases = List.of(
                new ImpactCalculator.Case(
                        InterventionType.STAGE_1_LETTER, LETTER, pupil(end, 8, 8, 8, 8, 10, 9, 9, 9, 9)),
                new ImpactCalculator.Case(
                        InterventionType.STAGE_1_LETTER, LETTER, pupil(end, 9, 9, 9, 9, 0, 9, 8, 9, 8)),
                new ImpactCalculator.Case(
                        InterventionType.STAGE_1_LETTER,
                        LETTER,
                        pupil(LocalDate.of(2025, 11, 14), 10, 10, 10, 10, 10, 10, 10)),
                new ImpactCalculator.Case(
                        InterventionType.CONVERSATION, LETTER, pupil(end, 7, 7, 8, 8, 5, 8, 8, 8, 9)));
        List<ImpactFigure> figures = new ImpactCalculator(4).impact(cases);
        assertEquals(2, figures.size());
        ImpactFigure letters = figures.stream()
                .filter(f -> f.type() == InterventionType.STAGE_1_LETTER)
                .findFirst()
                .orElseThrow();
        assertEquals(2, letters.pupils());
        assertEquals(1, letters.notMeasured(), "C has only 2 school weeks after the letter");
        assertEquals("85.00", letters.meanBefore().orElseThrow().toPlainString());
        assertEquals("87.50", letters.meanAfter().orElseThrow().toPlainString());
        assertEquals("2.50", letters.meanChangePoints().orElseThrow().toPlainString());
        assertEquals("50.00", letters.improvedShare().orElseThrow().toPlainString());
        ImpactFigure talks = figures.stream()
                .filter(f -> f.type() == InterventionType.CONVERSATION)
                .findFirst()
                .orElseThrow();
        assertEquals("75.00", talks.meanBefore().orElseThrow().toPlainString());
        assertEquals("82.50", talks.meanAfter().orElseThrow().toPlainString());
        assertEquals("7.50", talks.meanChangePoints().orElseThrow().toPlainString());
        assertEquals("100.00", talks.improvedShare().orElseThrow().toPlainString());
    }

    @Test
    void fewerSchoolWeeksAskedForReachFewerWeeks() {
        // weeks=1: A's week of 13 October (8/10) before, week of 3 November (9/10) after
        ImpactCalculator.Case a = new ImpactCalculator.Case(
                InterventionType.STAGE_1_LETTER, LETTER, pupil(LocalDate.of(2025, 12, 19), 8, 8, 8, 8, 10, 9, 9, 9, 9));
        ImpactFigure f = new ImpactCalculator(1).impact(List.of(a)).get(0);
        assertEquals("80.00", f.meanBefore().orElseThrow().toPlainString());
        assertEquals("90.00", f.meanAfter().orElseThrow().toPlainString());
    }

    @Test
    void governorsSeeNoTypeWithFewerThanFivePupils() {
        ImpactCalculator.Case a = new ImpactCalculator.Case(
                InterventionType.STAGE_1_LETTER, LETTER, pupil(LocalDate.of(2025, 12, 19), 8, 8, 8, 8, 10, 9, 9, 9, 9));
        ImpactFigure staff = new ImpactCalculator(4)
                .impact(java.util.Collections.nCopies(4, a))
                .get(0);
        assertEquals(4, staff.pupils());
        ImpactFigure governors = staff.forGovernors();
        assertEquals(true, governors.suppressed());
        assertEquals(java.util.Optional.empty(), governors.meanBefore());
        ImpactFigure five = new ImpactCalculator(4)
                .impact(java.util.Collections.nCopies(5, a))
                .get(0);
        assertEquals(five, five.forGovernors(), "5 pupils are shown");
    }
}
