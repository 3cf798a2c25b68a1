package org.rollcall.evaluation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.nextsteps.NextStep;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.synthesis.Rag;
import org.rollcall.evaluation.synthesis.ScoreChange;

/**
 * The self-evaluation part of a governor pack: the latest closed round of a framework at a school,
 * its agreed scores with RAG and the change since the round before, the items where respondents
 * disagreed, the school's overdue actions and the next steps from the guidance. No pupil data.
 */
public record SelfEvaluationSummary(
        String urn,
        String school,
        String framework,
        String frameworkName,
        int frameworkVersion,
        long roundId,
        String roundTitle,
        LocalDate heldOn,
        Optional<PreviousRound> previousRound,
        List<ScoreLine> scores,
        List<Disagreement> disagreements,
        List<ActionView> overdueActions,
        List<NextStep> nextSteps) {

    public record PreviousRound(long id, String title, LocalDate heldOn) {}

    public record ScoreLine(
            String item,
            String title,
            String heading,
            int score,
            Rag rag,
            Optional<Integer> previousScore,
            Optional<Rag> previousRag,
            Optional<Integer> change,
            ScoreChange.Direction direction) {}

    public record Disagreement(
            String item, String title, int respondents, int lowest, int highest, int spread, String reason) {}
}
