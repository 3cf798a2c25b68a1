package org.rollcall.attendance.statistics.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Percentages for output: percent units, rounded HALF_UP to 2 decimals, computed from the exact
 * counts (never from a rounded figure). Comparisons with a limit are exact too.
 */
public final class Percent {

    public static final int SCALE = 2;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** {@code part / whole} in percent, rounded; empty when {@code whole} is zero. */
    public static Optional<BigDecimal> of(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }

    /** Rounds a percentage for output. */
    public static BigDecimal round(BigDecimal percent) {
        return percent.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The difference {@code a/b - c/d} in percentage points, rounded once from the exact value;
     * empty when either denominator is zero.
     */
    public static Optional<BigDecimal> pointsBetween(long a, long b, long c, long d) {
        if (b == 0 || d == 0) {
            return Optional.empty();
        }
        BigDecimal numerator = BigDecimal.valueOf(a)
                .multiply(BigDecimal.valueOf(d))
                .subtract(BigDecimal.valueOf(c).multiply(BigDecimal.valueOf(b)))
                .multiply(HUNDRED);
        BigDecimal denominator = BigDecimal.valueOf(b).multiply(BigDecimal.valueOf(d));
        return Optional.of(numerator.divide(denominator, SCALE, RoundingMode.HALF_UP));
    }

    /** Exact sign of {@code part/whole*100 - percent}; {@code whole} must be positive. */
    public static int compare(long part, long whole, BigDecimal percent) {
        if (whole <= 0) {
            throw new IllegalArgumentException("Cannot compare a rate with no denominator");
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole)));
    }
}
