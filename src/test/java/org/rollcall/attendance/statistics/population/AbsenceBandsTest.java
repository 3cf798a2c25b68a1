package org.rollcall.attendance.statistics.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.SessionTally;

class AbsenceBandsTest {

    private static SessionTally pupil(long present, long absent) {
        return SessionTally.builder()
                .add("/", AttendanceCategory.PRESENT, present)
                .add("I", AttendanceCategory.AUTHORISED, absent)
                .build();
    }

    @Test
    void pupilsFallIntoFivePercentBandsWithTheEdgeInTheHigherBand() {
        AbsenceBands bands = AbsenceBands.of(List.of(
                pupil(20, 0), // 0%: first band
                pupil(19, 1), // 1 of 20 = 5% exactly: second band
                pupil(38, 1), // 1 of 39 = 2.56%: first band
                pupil(18, 2), // 10%: third band
                pupil(11, 9), // 45%: tenth band
                pupil(10, 10), // 50%: the top band
                pupil(0, 40), // 100%: the top band
                pupil(10, 9))); // 19 possible sessions: not counted
        assertEquals(7, bands.pupils());
        assertEquals(11, bands.bands().size());
        assertEquals("0% to under 5%", bands.bands().get(0).label());
        assertEquals(2, bands.bands().get(0).pupils());
        assertEquals(1, bands.bands().get(1).pupils());
        assertEquals(1, bands.bands().get(2).pupils());
        assertEquals("45% to under 50%", bands.bands().get(9).label());
        assertEquals(1, bands.bands().get(9).pupils());
        assertEquals("50% and over", bands.bands().get(10).label());
        assertEquals(2, bands.bands().get(10).pupils());
        assertEquals("28.57", bands.bands().get(0).share().orElseThrow().toPlainString()); // 2 of 7
    }

    @Test
    void noPupilWithTwentySessionsGivesEmptyBandsWithoutShares() {
        AbsenceBands bands = AbsenceBands.of(List.of(pupil(5, 5)));
        assertEquals(0, bands.pupils());
        assertEquals(0, bands.bands().get(3).pupils());
        assertEquals(true, bands.bands().get(3).share().isEmpty());
    }
}
