package org.rollcall.attendance.statistics.pupil;

import java.util.Optional;
import java.util.Set;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/**
 * Everything the school needs to act on one pupil: figures, DfE flags, process-map band and
 * track with its guidance, escalation flags, and the individual target with the distance to it.
 *
 * @param band empty when the pupil had no possible session in the window
 * @param track empty when there are not enough school weeks to compare
 * @param weeksAtOrBelowReferralLimit the current run towards the referral rule ("4 of 6 weeks")
 */
public record PupilAssessment(
        String upn,
        AttendanceSummary summary,
        boolean persistentAbsence,
        boolean severeAbsence,
        Optional<Band> band,
        Optional<Track> track,
        Optional<Guidance> guidance,
        Set<EscalationFlag> flags,
        int weeksAtOrBelowReferralLimit,
        Optional<IndividualTarget> target,
        Optional<SessionsToTarget> sessionsToTarget) {

    public PupilAssessment {
        flags = Set.copyOf(flags);
    }
}
