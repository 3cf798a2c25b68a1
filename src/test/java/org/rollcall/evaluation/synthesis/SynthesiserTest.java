package org.rollcall.evaluation.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The synthesis of one item, worked by hand on the RAG framework's 1-12 scale (1-4 Red, 5-8 Amber, 9-12 Green, threshold 3). */
class SynthesiserTest {
    static final Scale TWELVE = new Scale(
            1, 12, List.of(new RagBand(Rag.RED, 1, 4), new RagBand(Rag.AMBER, 5, 8), new RagBand(Rag.GREEN, 9, 12)), 3);
    static final Scale RAG = new Scale(
            1, 3, List.of(new RagBand(Rag.RED, 1, 1), new RagBand(Rag.AMBER, 2, 2), new RagBand(Rag.GREEN, 3, 3)), 2);

    final Synthesiser synthesiser = new Synthesiser(TWELVE);

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        ItemSynthesis s = synthesiser.synthesise(List.of(10, 3, 8, 5));
        assertEquals(new BigDecimal("6.5"), s.median().orElseThrow());
        assertEquals(4, s.count());
    }

    @Test
    void medianOfAnOddCountIsTheMiddleScoreWhateverTheOrder() {
        assertEquals(
                new BigDecimal("7.0"),
                synthesiser.synthesise(List.of(9, 6, 7)).median().orElseThrow());
    }

    @Test
    void lowestHighestAndSpread() {
        ItemSynthesis s = synthesiser.synthesise(List.of(6, 7, 6));
        assertEquals(Optional.of(6), s.lowest());
        assertEquals(Optional.of(7), s.highest());
        assertEquals(Optional.of(1), s.spread());
        assertFalse(s.disagreement(), "6, 7, 6 are all Amber and one point apart");
    }

    @Test
    void scoresOnePointApartInDifferentBandsDisagree() {
        ItemSynthesis s = synthesiser.synthesise(List.of(4, 5));
        assertEquals(Optional.of(1), s.spread());
        assertTrue(s.disagreement());
        assertEquals("scores fall in 2 different bands", s.disagreementReason().orElseThrow());
        assertEquals(1, s.bandCounts().get(Rag.RED));
        assertEquals(1, s.bandCounts().get(Rag.AMBER));
        assertEquals(0, s.bandCounts().get(Rag.GREEN));
    }

    @Test
    void aSpreadAtTheThresholdInsideOneBandDisagrees() {
        ItemSynthesis s = synthesiser.synthesise(List.of(5, 8));
        assertTrue(s.disagreement());
        assertEquals(
                "scores spread over 3 points (threshold 3)",
                s.disagreementReason().orElseThrow());
    }

    @Test
    void aSpreadBelowTheThresholdInsideOneBandAgrees() {
        assertFalse(synthesiser.synthesise(List.of(9, 11)).disagreement());
    }

    @Test
    void redAmberGreenRatingsDisagreeOnAnyDifference() {
        assertTrue(new Synthesiser(RAG).synthesise(List.of(2, 3, 3)).disagreement());
        assertFalse(new Synthesiser(RAG).synthesise(List.of(2, 2)).disagreement());
    }

    @Test
    void noScoresGiveACountOfZeroAndNoFigures() {
        ItemSynthesis s = synthesiser.synthesise(List.of());
        assertEquals(0, s.count());
        assertTrue(s.median().isEmpty());
        assertTrue(s.spread().isEmpty());
        assertFalse(s.disagreement());
    }

    @Test
    void aScoreOutsideTheScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> synthesiser.synthesise(List.of(13)));
    }
}
