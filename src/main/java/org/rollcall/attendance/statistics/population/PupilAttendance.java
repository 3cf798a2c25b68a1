package org.rollcall.attendance.statistics.population;

import java.util.Objects;
import org.rollcall.attendance.statistics.counting.SessionTally;

/** One pupil's profile with their tally for the window being measured. */
public record PupilAttendance(PupilProfile profile, SessionTally tally) {

    public PupilAttendance {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tally, "tally");
    }

    public String upn() {
        return profile.upn();
    }
}
