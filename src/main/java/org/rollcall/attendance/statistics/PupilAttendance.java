package org.rollcall.attendance.statistics;

import java.util.Objects;

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
