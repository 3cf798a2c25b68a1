package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The process map's texts, as the seed gives them. */
class ProcessMapGuidanceTest {

    private final ProcessMapGuidance map = ProcessMapGuidance.standard();

    @Test
    void everyBandHasGuidanceOnBothTracks() {
        for (Band band : Band.values()) {
            for (Track track : Track.values()) {
                Guidance g = map.guidanceFor(band, track);
                assertEquals(band, g.band());
                assertFalse(g.situation().isBlank());
                assertFalse(g.owner().isBlank());
                assertFalse(g.actions().isEmpty());
                assertFalse(g.actions().get(0).items().isEmpty());
            }
        }
    }

    @Test
    void theTopBandOnTheFallingTrackIsCongratulatedByTheClassTeacher() {
        Guidance g = map.guidanceFor(Band.EXCELLENT, Track.FALLING);
        assertTrue(
                g.situation().startsWith("Pupils whose attendance is within these parameters should be congratulated"));
        assertEquals("Class teacher", g.actions().get(0).who());
        assertTrue(g.actions().get(0).items().contains("Certificate of achievement"));
    }

    @Test
    void atRiskMeansStageOneLettersAndTheAttendanceLeader() {
        Guidance g = map.guidanceFor(Band.AT_RISK, Track.FALLING);
        assertTrue(g.situation().contains("(Including stage1 letters)"));
        assertTrue(g.owner().startsWith("Attendance leader"));
        assertTrue(g.actions().get(1).items().contains("Implement a PSP"));
    }

    @Test
    void theSeriousBandHasTheAttendanceServicesTwelveWeekPlan() {
        Guidance g = map.guidanceFor(Band.SERIOUS_CONCERN, Track.FALLING);
        assertTrue(g.situation().contains("After 6 weeks of a pupil being at 85% or below"));
        assertEquals("WAS Team", g.actions().get(1).who());
        assertTrue(g.actions().get(1).items().get(0).contains("12 week intervention plan"));
    }

    @Test
    void steadyPupilsGetTheFallingColumnAndImprovingPupilsTheirOwn() {
        assertEquals(
                Track.FALLING, map.guidanceFor(Band.HIGH_RISK, Track.STEADY).column());
        Guidance improving = map.guidanceFor(Band.PERSISTENT_ABSENCE, Track.IMPROVING);
        assertEquals(Track.IMPROVING, improving.column());
        assertTrue(improving.situation().startsWith("There are still major concerns"));
        assertTrue(map.guidanceFor(Band.EXCELLENT, Track.IMPROVING).situation().contains("real milestone"));
    }

    @Test
    void aSchoolsOwnMapMustBeComplete() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ProcessMapGuidance.load(new StringReader("falling.EXCELLENT.situation=Well done\n")));
    }
}
