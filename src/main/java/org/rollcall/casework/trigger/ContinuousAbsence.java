package org.rollcall.casework.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code days} (10) consecutive school days of unauthorised absence, both sessions, which a school
 * must tell the local authority about. Only the pupil's school days count: a weekend, a holiday or
 * a closure (no possible session) neither counts nor breaks the run; any school day with a session
 * that is not unauthorised ends it.
 */
public record ContinuousAbsence(int days) {

    public static final ContinuousAbsence DEFAULT = new ContinuousAbsence(10);

    public ContinuousAbsence {
        if (days < 1) {
            throw new IllegalArgumentException("The run needs at least one day");
        }
    }

    /** The latest run that reached {@code days}: met on its {@code days}-th day, with every day of the run. */
    public Optional<PenaltyThreshold.Crossing> latest(PupilSessions pupil) {
        Optional<PenaltyThreshold.Crossing> latest = Optional.empty();
        List<Evidence> run = new ArrayList<>();
        for (int am = 0; am < pupil.slots(); am += 2) {
            if (!pupil.isPossible(am) && !pupil.isPossible(am + 1)) {
                continue;
            }
            if (pupil.isUnauthorised(am) && pupil.isUnauthorised(am + 1)) {
                run.add(Evidence.of(pupil.dateOf(am), pupil.codeAt(am) + " " + pupil.codeAt(am + 1)));
                if (run.size() >= days) {
                    latest = Optional.of(
                            new PenaltyThreshold.Crossing(run.get(days - 1).date(), run));
                }
            } else {
                run = new ArrayList<>();
            }
        }
        return latest;
    }
}
