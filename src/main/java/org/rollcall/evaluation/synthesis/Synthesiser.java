package org.rollcall.evaluation.synthesis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Puts the respondents' scores for one item together (seed 001: "gather results back and synthesise the responses"). */
public final class Synthesiser {
    private final Scale scale;

    public Synthesiser(Scale scale) {
        this.scale = scale;
    }

    public ItemSynthesis synthesise(Collection<Integer> scores) {
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort(null);
        for (int score : sorted) {
            if (!scale.contains(score)) {
                throw new IllegalArgumentException(score + " is outside the scale " + scale.min() + "-" + scale.max());
            }
        }
        BandCounts bandCounts = BandCounts.NONE;
        for (int score : sorted) {
            bandCounts = bandCounts.plus(scale.rag(score));
        }
        if (sorted.isEmpty()) {
            return new ItemSynthesis(
                    0,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    bandCounts,
                    false,
                    Optional.empty());
        }
        int lowest = sorted.get(0);
        int highest = sorted.get(sorted.size() - 1);
        int spread = highest - lowest;
        Optional<String> reason = disagreementReason(bandCounts, spread);
        return new ItemSynthesis(
                sorted.size(),
                Optional.of(median(sorted)),
                Optional.of(lowest),
                Optional.of(highest),
                Optional.of(spread),
                bandCounts,
                reason.isPresent(),
                reason);
    }

    /** The middle score, or the mean of the two middle scores of an even count, to one decimal place. */
    static BigDecimal median(List<Integer> sorted) {
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1
                ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(1, RoundingMode.UNNECESSARY);
    }

    private Optional<String> disagreementReason(BandCounts bandCounts, int spread) {
        int bands = bandCounts.bandsUsed();
        if (bands > 1) {
            return Optional.of("scores fall in " + bands + " different bands");
        }
        if (spread >= scale.disagreementSpread()) {
            return Optional.of(
                    "scores spread over " + spread + " points (threshold " + scale.disagreementSpread() + ")");
        }
        return Optional.empty();
    }
}
