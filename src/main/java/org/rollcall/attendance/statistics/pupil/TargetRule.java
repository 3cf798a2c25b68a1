package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The default individual target for a term, which the school can override per pupil.
 *
 * <p>Default rule: <b>96%</b> (the level most schools celebrate as good attendance); but a pupil
 * whose attendance before the term was below <b>94%</b> gets their own figure (rounded to one
 * decimal) plus <b>2 points</b>, capped at 100. A pupil at 80% is asked for 82%, a step they can
 * make this term, not an unreachable 96%; the next term's target steps up again. A pupil with no
 * earlier figure (new to the school) gets 96%.
 *
 * @param standard the target for pupils at or above {@code stepUpBelow}, and for new pupils
 * @param stepUpBelow below this, the target is the pupil's own figure plus {@code stepUp}
 */
public record TargetRule(BigDecimal standard, BigDecimal stepUpBelow, BigDecimal stepUp) {

    public static final TargetRule DEFAULT =
            new TargetRule(new BigDecimal("96"), new BigDecimal("94"), new BigDecimal("2"));

    public TargetRule {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(stepUpBelow, "stepUpBelow");
        Objects.requireNonNull(stepUp, "stepUp");
    }

    /**
     * @param before the pupil's tally before the term (e.g. the previous term or year to date)
     * @param override the school's own target for this pupil, which wins when present
     */
    public IndividualTarget targetFor(String upn, DateWindow term, SessionTally before, Optional<BigDecimal> override) {
        if (override.isPresent()) {
            return new IndividualTarget(upn, term, override.get(), TargetSource.SCHOOL_OVERRIDE);
        }
        return new IndividualTarget(upn, term, defaultTarget(before), TargetSource.DEFAULT_RULE);
    }

    /** The default rule alone. */
    public BigDecimal defaultTarget(SessionTally before) {
        if (!before.isMeasured() || Percent.compare(before.attended(), before.possible(), stepUpBelow) >= 0) {
            return standard;
        }
        BigDecimal current = BigDecimal.valueOf(before.attended())
                .multiply(Percent.HUNDRED)
                .divide(BigDecimal.valueOf(before.possible()), 1, RoundingMode.HALF_UP);
        return current.add(stepUp).min(Percent.HUNDRED);
    }
}
