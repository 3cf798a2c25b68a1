package org.rollcall.evaluation.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void bandLimitsOfTheTwelvePointScale() {
        Scale scale = SynthesiserTest.TWELVE;
        assertEquals(Rag.RED, scale.rag(1));
        assertEquals(Rag.RED, scale.rag(4));
        assertEquals(Rag.AMBER, scale.rag(5));
        assertEquals(Rag.AMBER, scale.rag(8));
        assertEquals(Rag.GREEN, scale.rag(9));
        assertEquals(Rag.GREEN, scale.rag(12));
        assertFalse(scale.contains(0));
        assertFalse(scale.contains(13));
        assertTrue(scale.contains(12));
    }

    @Test
    void aColourStandsForAScoreOnlyWhenItsBandIsOnePoint() {
        assertEquals(Optional.of(2), SynthesiserTest.RAG.scoreOf(Rag.AMBER));
        assertEquals(Optional.empty(), SynthesiserTest.TWELVE.scoreOf(Rag.AMBER));
    }

    @Test
    void bandsWithAGapAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Scale(1, 12, List.of(new RagBand(Rag.RED, 1, 4), new RagBand(Rag.GREEN, 9, 12)), 3));
    }

    @Test
    void changeBetweenRounds() {
        ScoreChange up = ScoreChange.between(Optional.of(4), 7, SynthesiserTest.TWELVE);
        assertEquals(Optional.of(3), up.difference());
        assertEquals(Optional.of(Rag.RED), up.previousRag());
        assertEquals(ScoreChange.Direction.IMPROVED, up.direction());
        assertEquals(
                ScoreChange.Direction.DECLINED,
                ScoreChange.between(Optional.of(9), 8, SynthesiserTest.TWELVE).direction());
        assertEquals(
                ScoreChange.Direction.SAME,
                ScoreChange.between(Optional.of(9), 9, SynthesiserTest.TWELVE).direction());
        assertEquals(
                ScoreChange.Direction.NEW,
                ScoreChange.between(Optional.empty(), 9, SynthesiserTest.TWELVE).direction());
    }
}
