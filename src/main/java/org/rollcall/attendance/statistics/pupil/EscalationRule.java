package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Escalation flags for one pupil, from the process map (seed 003):
 * <ul>
 *   <li>stage letters follow the band on the falling column (falling, steady or not yet known):
 *       {@link Band#AT_RISK} a stage 1 letter, {@link Band#HIGH_RISK} a stage 2 letter,
 *       {@link Band#PERSISTENT_ABSENCE} and {@link Band#SERIOUS_CONCERN} stage 3 monitoring. An
 *       improving pupil is post-intervention and gets no new letter;
 *   <li>referral to the attendance service after {@code weeks} consecutive school weeks (default
 *       6) with the pupil's attendance at or below {@code limit} (default 85%). The figure checked
 *       each week is the pupil's cumulative attendance from the start of the window to the end of
 *       that week (the year-to-date figure schools watch), not the week alone, which swings by 10
 *       points for a single missed day. Weeks without a possible session neither count nor break
 *       the run;
 *   <li>the DfE PA and severe flags, always.
 * </ul>
 */
public record EscalationRule(int weeks, BigDecimal limit) {

    public static final EscalationRule DEFAULT = new EscalationRule(6, BandLimits.DEFAULT.serious());

    public EscalationRule {
        if (weeks < 1) {
            throw new IllegalArgumentException("The referral rule needs at least one week");
        }
    }

    public Set<EscalationFlag> flags(
            SessionTally tally, Optional<Band> band, Optional<Track> track, SortedMap<LocalDate, SessionTally> weekly) {
        Set<EscalationFlag> flags = EnumSet.noneOf(EscalationFlag.class);
        if (tally.isPersistentAbsence()) {
            flags.add(EscalationFlag.PERSISTENT_ABSENCE);
        }
        if (tally.isSevereAbsence()) {
            flags.add(EscalationFlag.SEVERE_ABSENCE);
        }
        if (band.isPresent() && track.orElse(Track.FALLING) != Track.IMPROVING) {
            switch (band.get()) {
                case AT_RISK -> flags.add(EscalationFlag.STAGE_1_LETTER);
                case HIGH_RISK -> flags.add(EscalationFlag.STAGE_2_LETTER);
                case PERSISTENT_ABSENCE, SERIOUS_CONCERN -> flags.add(EscalationFlag.STAGE_3_MONITORING);
                default -> {}
            }
        }
        if (weeksAtOrBelowLimit(weekly) >= weeks) {
            flags.add(EscalationFlag.REFER_TO_ATTENDANCE_SERVICE);
        }
        return flags;
    }

    /** How many school weeks in a row, up to the latest, the cumulative figure has been at or below the limit. */
    public int weeksAtOrBelowLimit(SortedMap<LocalDate, SessionTally> weekly) {
        List<Boolean> atOrBelow = new ArrayList<>();
        long attended = 0;
        long possible = 0;
        for (SessionTally week : weekly.values()) {
            if (!week.isMeasured()) {
                continue;
            }
            attended += week.attended();
            possible += week.possible();
            atOrBelow.add(Percent.compare(attended, possible, limit) <= 0);
        }
        int run = 0;
        for (int i = atOrBelow.size() - 1; i >= 0 && atOrBelow.get(i); i--) {
            run++;
        }
        return run;
    }
}
