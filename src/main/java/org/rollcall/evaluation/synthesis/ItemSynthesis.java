package org.rollcall.evaluation.synthesis;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the respondents said about one item, side by side: how many scored it, the median, the
 * lowest and highest score, their spread, how many fell in each band, and whether they disagree
 * (scores in different bands, or a spread of at least the framework's threshold).
 */
public record ItemSynthesis(
        int count,
        Optional<BigDecimal> median,
        Optional<Integer> lowest,
        Optional<Integer> highest,
        Optional<Integer> spread,
        BandCounts bandCounts,
        boolean disagreement,
        Optional<String> disagreementReason) {}
