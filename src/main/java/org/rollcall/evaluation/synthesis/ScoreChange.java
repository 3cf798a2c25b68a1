package org.rollcall.evaluation.synthesis;

import java.util.Optional;

/**
 * How an agreed score moved since the previous closed round of the same framework: the previous
 * score and colour, the difference (positive is better) and the direction. Without a previous
 * score the change is {@code NEW}.
 */
public record ScoreChange(
        Optional<Integer> previousScore, Optional<Rag> previousRag, Optional<Integer> difference, Direction direction) {

    public enum Direction {
        IMPROVED,
        SAME,
        DECLINED,
        NEW
    }

    public static ScoreChange between(Optional<Integer> previous, int current, Scale previousScale) {
        if (previous.isEmpty()) {
            return new ScoreChange(Optional.empty(), Optional.empty(), Optional.empty(), Direction.NEW);
        }
        int difference = current - previous.get();
        Direction direction =
                difference > 0 ? Direction.IMPROVED : difference < 0 ? Direction.DECLINED : Direction.SAME;
        return new ScoreChange(
                previous, Optional.of(previousScale.rag(previous.get())), Optional.of(difference), direction);
    }
}
