package org.rollcall.attendance.statistics.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/** Assesses one pupil with the school's band limits, track and escalation rules and process map. */
public final class PupilAssessor {

    private final BandLimits limits;
    private final TrackRule trackRule;
    private final EscalationRule escalation;
    private final ProcessMapGuidance guidance;

    public PupilAssessor(
            BandLimits limits, TrackRule trackRule, EscalationRule escalation, ProcessMapGuidance guidance) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.trackRule = Objects.requireNonNull(trackRule, "trackRule");
        this.escalation = Objects.requireNonNull(escalation, "escalation");
        this.guidance = Objects.requireNonNull(guidance, "guidance");
    }

    /** Defaults: bands 97/95/92/90/85, track over the last 4 weeks, referral after 6 weeks at 85% or below. */
    public static PupilAssessor standard() {
        return new PupilAssessor(
                BandLimits.DEFAULT, TrackRule.DEFAULT, EscalationRule.DEFAULT, ProcessMapGuidance.standard());
    }

    /**
     * @param tally the pupil's tally over the window (e.g. year to date)
     * @param weekly the same marks per week (keyed by Monday), for track and referral
     * @param target this term's target, if the pupil has one
     * @param termSoFar the pupil's tally for the current term up to today, for the distance to target
     * @param remainingPossibleSessions possible sessions left in the term
     */
    public PupilAssessment assess(
            String upn,
            SessionTally tally,
            SortedMap<LocalDate, SessionTally> weekly,
            Optional<IndividualTarget> target,
            SessionTally termSoFar,
            long remainingPossibleSessions) {
        Optional<Band> band = limits.bandOf(tally);
        Optional<Track> track = trackRule.trackOf(weekly);
        Optional<Guidance> advice = band.map(b -> guidance.guidanceFor(b, track.orElse(Track.FALLING)));
        Optional<SessionsToTarget> distance =
                target.map(t -> SessionsToTarget.of(t.percent(), termSoFar, remainingPossibleSessions));
        return new PupilAssessment(
                upn,
                AttendanceSummary.of(List.of(tally)),
                tally.isPersistentAbsence(),
                tally.isSevereAbsence(),
                band,
                track,
                advice,
                escalation.flags(tally, band, track, weekly),
                escalation.weeksAtOrBelowLimit(weekly),
                target,
                distance);
    }
}
