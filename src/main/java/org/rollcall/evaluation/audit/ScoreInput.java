package org.rollcall.evaluation.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.evaluation.framework.Framework;
import org.rollcall.evaluation.synthesis.Rag;
import org.rollcall.evaluation.synthesis.Scale;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/**
 * Reads a score as a request gives it: a number on the framework's scale, or for frameworks rated
 * Red/Amber/Green the colour itself ({@code "rating": "AMBER"}), which stands for its point (1, 2, 3).
 */
final class ScoreInput {
    private ScoreInput() {}

    static int resolve(Framework framework, Optional<BigDecimal> score, Optional<String> rating) {
        Scale scale = framework.scale();
        if (score.isPresent()) {
            BigDecimal given = score.get();
            boolean whole = given.signum() == 0 || given.stripTrailingZeros().scale() <= 0;
            if (!whole
                    || given.compareTo(BigDecimal.valueOf(scale.min())) < 0
                    || given.compareTo(BigDecimal.valueOf(scale.max())) > 0) {
                throw refused(
                        "score",
                        given.toPlainString(),
                        "must be a whole number from " + scale.min() + " to " + scale.max() + " on the scale of "
                                + framework.getName());
            }
            return given.intValueExact();
        }
        String text = rating.orElseThrow(() -> refused(
                "score",
                null,
                "give a score from " + scale.min() + " to " + scale.max()
                        + (scale.scoreOf(Rag.RED).isPresent() ? " or a rating RED, AMBER or GREEN" : "")));
        return parseRag(text)
                .flatMap(scale::scoreOf)
                .orElseThrow(() -> refused(
                        "rating",
                        text,
                        scale.scoreOf(Rag.RED).isPresent()
                                ? "use RED, AMBER or GREEN"
                                : "this framework is scored " + scale.min() + " to " + scale.max()
                                        + ": give a score, not a rating"));
    }

    private static Optional<Rag> parseRag(String text) {
        try {
            return Optional.of(Rag.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemException refused(String field, String value, String reason) {
        return ProblemException.unprocessable(
                "The score was not accepted: " + reason, List.of(Problem.FieldError.of(field, value, reason)));
    }
}
