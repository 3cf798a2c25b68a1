package org.rollcall.casework.trigger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.pupil.BandLimits;
import org.rollcall.attendance.statistics.pupil.Track;
import org.rollcall.attendance.statistics.pupil.TrackRule;

/**
 * Every trigger open for one pupil as of a date. A trigger is open when it was met in the current
 * academic year (the sessions it counts may reach back into the previous one): PA and severe
 * absence, six weeks at the serious limit, falling, missing marks (year to date), the penalty
 * threshold, 10 days of continuous unauthorised absence, and a Notice to Improve that ended
 * without improvement.
 */
public record CaseworkRules(
        BigDecimal seriousLimit,
        int seriousWeeks,
        TrackRule track,
        PenaltyThreshold penalty,
        ContinuousAbsence continuous,
        PenaltyNoticeLimit noticeLimit) {

    public CaseworkRules {
        Objects.requireNonNull(seriousLimit, "seriousLimit");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(continuous, "continuous");
        Objects.requireNonNull(noticeLimit, "noticeLimit");
    }

    /** The framework's and the process map's numbers, with the school's own serious band limit. */
    public static CaseworkRules standard(BandLimits limits) {
        return new CaseworkRules(
                limits.serious(),
                6,
                TrackRule.DEFAULT,
                PenaltyThreshold.DEFAULT,
                ContinuousAbsence.DEFAULT,
                PenaltyNoticeLimit.DEFAULT);
    }

    public List<Trigger> triggers(PupilCase pupil, LocalDate asOf) {
        LocalDate yearStart = AcademicCalendar.academicYearStart(asOf);
        List<Trigger> triggers = new ArrayList<>();
        absence(pupil).ifPresent(triggers::add);
        severe(pupil).ifPresent(triggers::add);
        serious(pupil).ifPresent(triggers::add);
        penalty.latest(pupil.sessions())
                .filter(c -> !c.metOn().isBefore(yearStart))
                .map(c ->
                        new Trigger(TriggerKind.PENALTY_THRESHOLD, c.metOn(), c.sessions(), penaltyAction(pupil, asOf)))
                .ifPresent(triggers::add);
        continuous
                .latest(pupil.sessions())
                .filter(c -> !c.metOn().isBefore(yearStart))
                .map(c -> new Trigger(
                        TriggerKind.CONTINUOUS_UNAUTHORISED,
                        c.metOn(),
                        c.sessions(),
                        "Tell the local authority: " + c.sessions().size() + " consecutive school days of unauthorised"
                                + " absence. Check that the child is safe."))
                .ifPresent(triggers::add);
        falling(pupil).ifPresent(triggers::add);
        missing(pupil, yearStart).ifPresent(triggers::add);
        NoticeToImproveReview.endedWithoutImprovement(pupil.sessions(), pupil.history(), asOf)
                .map(c -> new Trigger(
                        TriggerKind.NOTICE_TO_IMPROVE_ENDED,
                        c.metOn(),
                        c.sessions(),
                        penaltyOrOther(
                                pupil,
                                asOf,
                                "The improvement period has ended with "
                                        + c.sessions().size()
                                        + " more sessions of unauthorised absence: consider a penalty notice.")))
                .ifPresent(triggers::add);
        return triggers;
    }

    /** Six school weeks at or below the serious limit: the process map's point for a case study and referral. */
    private java.util.Optional<Trigger> serious(PupilCase pupil) {
        return WeeklyRuns.atOrBelow(pupil.weekly(), seriousLimit, seriousWeeks)
                .map(
                        c -> new Trigger(
                                TriggerKind.SERIOUS_SIX_WEEKS,
                                c.metOn(),
                                c.sessions(),
                                "Gather the evidence of support as a case study and refer to the local"
                                        + " authority's attendance service if the criteria of the memorandum of understanding are met."));
    }

    private Optional<Trigger> absence(PupilCase pupil) {
        if (!pupil.yearToDate().isPersistentAbsence()) {
            return Optional.empty();
        }
        return Optional.of(weekly(
                TriggerKind.PERSISTENT_ABSENCE,
                WeeklyRuns.currentRun(pupil.weekly(), (a, p) -> (p - a) * 10 >= p),
                "Stage 3 monitoring: review the interventions and support offered so far."));
    }

    private Optional<Trigger> severe(PupilCase pupil) {
        if (!pupil.yearToDate().isSevereAbsence()) {
            return Optional.empty();
        }
        return Optional.of(
                weekly(
                        TriggerKind.SEVERE_ABSENCE,
                        WeeklyRuns.currentRun(pupil.weekly(), (a, p) -> (p - a) * 2 >= p),
                        "Severe absence: a key member of staff, a professionals meeting and the local authority's attendance service."));
    }

    // since: the Monday of the week from which the year-to-date figure has stayed over the line
    private static Trigger weekly(TriggerKind kind, List<Evidence> run, String action) {
        LocalDate since = run.isEmpty() ? LocalDate.MIN : run.get(0).date();
        return new Trigger(kind, since, run.isEmpty() ? run : List.of(run.get(0), run.get(run.size() - 1)), action);
    }

    private Optional<Trigger> falling(PupilCase pupil) {
        if (track.trackOf(pupil.weekly()).orElse(Track.STEADY) != Track.FALLING) {
            return Optional.empty();
        }
        List<Evidence> weeks = new ArrayList<>();
        pupil.weekly().forEach((monday, t) -> {
            if (t.isMeasured()) {
                weeks.add(Evidence.of(
                        monday,
                        Percent.of(t.attended(), t.possible()).orElseThrow().toPlainString() + "%"));
            }
        });
        List<Evidence> recent = weeks.subList(weeks.size() - track.recentWeeks(), weeks.size());
        return Optional.of(new Trigger(
                TriggerKind.FALLING,
                recent.get(0).date(),
                recent,
                "Speak to the child and parent about the reasons and check the individual attendance target."));
    }

    private static Optional<Trigger> missing(PupilCase pupil, LocalDate yearStart) {
        if (pupil.openDays().isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> missing =
                MissingMarks.of(pupil.sessions(), pupil.openDays().get(), yearStart);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(
                TriggerKind.MISSING_MARKS,
                missing.get(0).date(),
                missing.subList(0, Math.min(MissingMarks.LISTED, missing.size())),
                "Complete the register: " + missing.size() + " open session" + (missing.size() == 1 ? " has" : "s have")
                        + " no mark."));
    }

    /** A Notice to Improve comes first; then a penalty notice; after two to a parent, other action. */
    private String penaltyAction(PupilCase pupil, LocalDate asOf) {
        Optional<LocalDate> ends = NoticeToImproveReview.latestNotice(pupil.history())
                .filter(n -> n.on().isAfter(asOf.minusYears(1)))
                .flatMap(n -> n.improvementEnds().or(() -> Optional.of(n.on())));
        if (ends.isEmpty()) {
            return penaltyOrOther(
                    pupil,
                    asOf,
                    "A penalty notice must be considered. A Notice to Improve normally comes"
                            + " first: the attendance record, the parent's duty, the support offered, and an improvement period"
                            + " of 3 to 6 weeks.");
        }
        if (!asOf.isAfter(ends.get())) {
            return "A Notice to Improve is running until " + ends.get() + ": review attendance when it ends.";
        }
        return penaltyOrOther(
                pupil, asOf, "The Notice to Improve ended on " + ends.get() + ": consider a penalty notice.");
    }

    private String penaltyOrOther(PupilCase pupil, LocalDate asOf, String otherwise) {
        List<String> atLimit = noticeLimit.parentsAtLimit(pupil.history(), asOf);
        if (atLimit.isEmpty()) {
            return otherwise;
        }
        return "Consider other action instead of a penalty notice (prosecution, an education supervision order): "
                + String.join(", ", atLimit) + (atLimit.size() == 1 ? " has" : " have") + " already had "
                + noticeLimit.notices() + " penalty notices for this child in three years.";
    }
}
