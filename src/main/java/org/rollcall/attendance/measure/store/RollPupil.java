package org.rollcall.attendance.measure.store;

import java.util.List;
import java.util.Objects;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.population.PupilProfile;

/**
 * A pupil as the figures need them: database id, what they are grouped by, and when they were on
 * roll. An empty list of spells means never on roll (every recorded spell was inconsistent).
 */
public record RollPupil(long id, PupilProfile profile, List<EnrolmentSpell> spells) {

    public RollPupil {
        Objects.requireNonNull(profile, "profile");
        spells = List.copyOf(spells);
    }

    public String upn() {
        return profile.upn();
    }
}
