package org.rollcall.evaluation.synthesis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A framework's scale: the whole scores allowed, how they map to RAG bands, and the spread at
 * which respondents count as disagreeing even inside one band.
 */
public record Scale(int min, int max, List<RagBand> bands, int disagreementSpread) {

    public Scale {
        if (min >= max) {
            throw new IllegalArgumentException("A scale needs min < max, got " + min + "-" + max);
        }
        bands = bands.stream().sorted(Comparator.comparingInt(RagBand::from)).toList();
        int expected = min;
        for (RagBand band : bands) {
            if (band.from() != expected) {
                throw new IllegalArgumentException(
                        "The bands must cover " + min + "-" + max + " without gaps or overlaps");
            }
            expected = band.to() + 1;
        }
        if (expected != max + 1) {
            throw new IllegalArgumentException("The bands must cover " + min + "-" + max + " without gaps or overlaps");
        }
        if (disagreementSpread < 1) {
            throw new IllegalArgumentException("The disagreement spread must be at least 1");
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    /** The colour of a score on this scale; a score outside it is a programming error here (callers check first). */
    public Rag rag(int score) {
        return bands.stream()
                .filter(b -> b.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(score + " is outside the scale " + min + "-" + max))
                .rag();
    }

    /** The score that stands for a colour, when the colour is a single point (Red, Amber, Green rated as 1, 2, 3). */
    public Optional<Integer> scoreOf(Rag rag) {
        return bands.stream()
                .filter(b -> b.rag() == rag && b.from() == b.to())
                .map(RagBand::from)
                .findFirst();
    }
}
