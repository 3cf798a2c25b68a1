package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.Weeks;

/** Falling, steady or improving: the last four school weeks against the weeks before. */
class TrackRuleTest {

    @Test
    void fewerAbsencesLatelyIsImproving() {
        // 70% over four weeks, then 90% over the last four
        assertEquals(Optional.of(Track.IMPROVING), TrackRule.DEFAULT.trackOf(Weeks.attended(7, 7, 7, 7, 9, 9, 9, 9)));
    }

    @Test
    void moreAbsencesLatelyIsFalling() {
        assertEquals(Optional.of(Track.FALLING), TrackRule.DEFAULT.trackOf(Weeks.attended(10, 10, 10, 9, 9, 9, 9)));
    }

    @Test
    void aChangeExactlyOnTheMarginCountsAndASmallerOneIsSteady() {
        // before 100% (40/40), recent 97.5% (39/40): 2.5 points down
        assertEquals(
                Optional.of(Track.FALLING),
                new TrackRule(4, new BigDecimal("2.5")).trackOf(Weeks.attended(10, 10, 10, 10, 10, 10, 10, 9)));
        assertEquals(
                Optional.of(Track.STEADY),
                new TrackRule(4, new BigDecimal("2.6")).trackOf(Weeks.attended(10, 10, 10, 10, 10, 10, 10, 9)));
    }

    @Test
    void closedWeeksAreSkippedSoTheRecentWindowIsFourSchoolWeeks() {
        // the half-term week (-1) is not one of the "last four"
        assertEquals(Optional.of(Track.IMPROVING), TrackRule.DEFAULT.trackOf(Weeks.attended(6, 6, 10, -1, 10, 10, 10)));
    }

    @Test
    void withoutEarlierWeeksThereIsNoTrack() {
        assertEquals(Optional.empty(), TrackRule.DEFAULT.trackOf(Weeks.attended(5, 6, 7, 8)));
        assertEquals(
                Optional.of(Track.IMPROVING), new TrackRule(2, BigDecimal.ONE).trackOf(Weeks.attended(5, 6, 7, 8)));
    }
}
