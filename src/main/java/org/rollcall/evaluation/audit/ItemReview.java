package org.rollcall.evaluation.audit;

import java.util.Optional;
import org.rollcall.evaluation.synthesis.ItemSynthesis;
import org.rollcall.evaluation.synthesis.Rag;
import org.rollcall.evaluation.synthesis.ScoreChange;

/**
 * One item of a round under review: the respondents' synthesis, the agreed score (once agreed)
 * and how it moved since the previous closed round of the same framework.
 */
public record ItemReview(
        String code,
        String title,
        String heading,
        ItemSynthesis synthesis,
        Optional<Agreed> agreed,
        Optional<ScoreChange> change) {

    public record Agreed(int score, Rag rag, Optional<String> note, String agreedBy) {}
}
