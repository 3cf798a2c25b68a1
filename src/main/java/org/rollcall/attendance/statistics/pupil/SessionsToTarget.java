package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalLong;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * How far a pupil is from their target this term.
 *
 * @param current attendance so far this term; empty before the first possible session
 * @param sessionsWithoutAbsence how many sessions in a row, from now, the pupil must attend
 *     with no absence for their figure to reach the target; empty when that is more than the
 *     sessions left this term (cannot be reached this term); 0 when already at or above it
 * @param sessionsOfRemainingToAttend the fewest of the remaining sessions the pupil must attend
 *     to finish the term at or above the target; empty when even all of them would not do
 * @param remainingSessions possible sessions left in the term
 */
public record SessionsToTarget(
        BigDecimal target,
        Optional<BigDecimal> current,
        OptionalLong sessionsWithoutAbsence,
        OptionalLong sessionsOfRemainingToAttend,
        long remainingSessions) {

    /** Whether the target can still be reached by the end of this term. */
    public boolean reachableThisTerm() {
        return sessionsWithoutAbsence.isPresent();
    }

    /** Whether the pupil is at or above the target now. */
    public boolean alreadyMet() {
        return current.isPresent() && sessionsWithoutAbsence.equals(OptionalLong.of(0));
    }

    /**
     * @param soFar the pupil's tally for the term up to today
     * @param remainingPossible possible sessions left in the term (from the school calendar)
     */
    public static SessionsToTarget of(BigDecimal target, SessionTally soFar, long remainingPossible) {
        if (remainingPossible < 0) {
            throw new IllegalArgumentException("Remaining sessions must not be negative");
        }
        long a = soFar.attended();
        long p = soFar.possible();
        OptionalLong inARow = firstK(target, a, p, remainingPossible);
        OptionalLong ofRemaining = OptionalLong.empty();
        long total = p + remainingPossible;
        if (total > 0) {
            // (a + k) * 100 >= target * total  =>  k >= target * total / 100 - a
            BigDecimal need = target.multiply(BigDecimal.valueOf(total))
                    .divide(Percent.HUNDRED, 0, RoundingMode.CEILING)
                    .subtract(BigDecimal.valueOf(a));
            long k = Math.max(0, need.longValueExact());
            ofRemaining = k <= remainingPossible ? OptionalLong.of(k) : OptionalLong.empty();
        }
        return new SessionsToTarget(target, Percent.of(a, p), inARow, ofRemaining, remainingPossible);
    }

    // The least k with (a + k) * 100 >= target * (p + k) and p + k > 0, if k <= remaining.
    private static OptionalLong firstK(BigDecimal target, long a, long p, long remaining) {
        long k;
        BigDecimal gap = Percent.HUNDRED.subtract(target);
        BigDecimal shortfall = target.multiply(BigDecimal.valueOf(p)).subtract(BigDecimal.valueOf(100 * a));
        if (shortfall.signum() <= 0) {
            k = 0;
        } else if (gap.signum() == 0) {
            return OptionalLong.empty(); // 100% with an absence already: never again this term
        } else {
            k = shortfall.divide(gap, 0, RoundingMode.CEILING).longValueExact();
        }
        if (p == 0) {
            k = Math.max(k, 1); // no figure exists until the first session is attended
        }
        return k <= remaining ? OptionalLong.of(k) : OptionalLong.empty();
    }
}
