package org.rollcall.casework.impact;

import java.math.BigDecimal;
import java.util.Optional;
import org.rollcall.casework.InterventionType;

/**
 * The impact of one type of intervention.
 *
 * @param pupils pupils measured (each pupil once per type: their first intervention of it in the window)
 * @param notMeasured pupils left out: fewer than the N school weeks before or after (too recent, new)
 * @param meanBefore mean of the pupils' attendance over their N school weeks before, in percent
 * @param meanChangePoints mean of each pupil's change (after minus before), in percentage points
 * @param improvedShare share of the pupils whose attendance after is higher than before, in percent
 * @param suppressed for governors: fewer than {@value #SMALLEST_GROUP} pupils, so no figure is shown
 */
public record ImpactFigure(
        InterventionType type,
        int pupils,
        int notMeasured,
        Optional<BigDecimal> meanBefore,
        Optional<BigDecimal> meanAfter,
        Optional<BigDecimal> meanChangePoints,
        Optional<BigDecimal> improvedShare,
        boolean suppressed) {

    /** Governors see no group of fewer pupils than this (DOMAIN: small groups are suppressed). */
    public static final int SMALLEST_GROUP = 5;

    /** The figure as governors may see it: a type with fewer than 5 pupils keeps only its name. */
    public ImpactFigure forGovernors() {
        if (pupils >= SMALLEST_GROUP) {
            return this;
        }
        return new ImpactFigure(
                type, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
    }
}
