package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The school's band limits, in percent, strictly decreasing. Defaults 97 / 95 / 92 / 90 / 85.
 *
 * <p>Which side a pupil exactly on a limit falls:
 * <ul>
 *   <li>{@code excellent}, {@code earlyConcern}, {@code atRisk} (97, 95, 92): exactly on the limit
 *       belongs to the <em>better</em> band ("97% and above").
 *   <li>{@code persistentAbsence} (90): exactly on the limit belongs to the <em>worse</em> band,
 *       because the DfE counts exactly 90.0% as PA.
 *   <li>{@code serious} (85): exactly on the limit belongs to the <em>worse</em> band, because the
 *       process map acts on pupils "at 85% or below".
 * </ul>
 * The DfE PA flag itself ({@link SessionTally#isPersistentAbsence()}) is always at 90.0%, whatever
 * the school sets here.
 */
public record BandLimits(
        BigDecimal excellent,
        BigDecimal earlyConcern,
        BigDecimal atRisk,
        BigDecimal persistentAbsence,
        BigDecimal serious) {

    public static final BandLimits DEFAULT = new BandLimits(
            new BigDecimal("97"),
            new BigDecimal("95"),
            new BigDecimal("92"),
            new BigDecimal("90"),
            new BigDecimal("85"));

    public BandLimits {
        BigDecimal[] limits = {excellent, earlyConcern, atRisk, persistentAbsence, serious};
        for (int i = 0; i < limits.length; i++) {
            Objects.requireNonNull(limits[i], "band limit");
            if (limits[i].signum() <= 0 || limits[i].compareTo(Percent.HUNDRED) > 0) {
                throw new IllegalArgumentException("Band limit " + limits[i] + " must be above 0 and at most 100");
            }
            if (i > 0 && limits[i].compareTo(limits[i - 1]) >= 0) {
                throw new IllegalArgumentException(
                        "Band limits must decrease: " + limits[i - 1] + " then " + limits[i]);
            }
        }
    }

    /** The band for attendance {@code attended / possible}; empty when nothing was possible. */
    public Optional<Band> bandOf(long attended, long possible) {
        if (possible == 0) {
            return Optional.empty();
        }
        if (Percent.compare(attended, possible, excellent) >= 0) {
            return Optional.of(Band.EXCELLENT);
        }
        if (Percent.compare(attended, possible, earlyConcern) >= 0) {
            return Optional.of(Band.EARLY_CONCERN);
        }
        if (Percent.compare(attended, possible, atRisk) >= 0) {
            return Optional.of(Band.AT_RISK);
        }
        if (Percent.compare(attended, possible, persistentAbsence) > 0) {
            return Optional.of(Band.HIGH_RISK);
        }
        if (Percent.compare(attended, possible, serious) > 0) {
            return Optional.of(Band.PERSISTENT_ABSENCE);
        }
        return Optional.of(Band.SERIOUS_CONCERN);
    }

    public Optional<Band> bandOf(SessionTally t) {
        return bandOf(t.attended(), t.possible());
    }
}
