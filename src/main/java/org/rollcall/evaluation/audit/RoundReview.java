package org.rollcall.evaluation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.evaluation.NotFound;
import org.rollcall.evaluation.synthesis.Scale;
import org.rollcall.evaluation.synthesis.ScoreChange;
import org.rollcall.evaluation.synthesis.Synthesiser;
import org.rollcall.platform.ProblemException;

/** Puts a round's scores side by side per item, with the agreed score and the change since the previous round. */
@ApplicationScoped
@Transactional
public class RoundReview {
    @Inject
    AuditRepository audits;

    /** The synthesis of a round, refused while respondents are still scoring alone. */
    public List<ItemReview> synthesis(long roundId) {
        AuditRound round = audits.find(roundId).orElseThrow(() -> NotFound.round(roundId));
        if (round.getStatus() == RoundStatus.SCORING) {
            throw ProblemException.conflict("Scores stay hidden until the lead closes scoring for this round");
        }
        return review(round);
    }

    public List<ItemReview> review(AuditRound round) {
        Scale scale = round.getFramework().scale();
        Synthesiser synthesiser = new Synthesiser(scale);
        Map<String, List<Integer>> scores = audits.responses(round).stream()
                .collect(Collectors.groupingBy(
                        r -> r.getItem().getCode(), Collectors.mapping(Response::getScore, Collectors.toList())));
        Map<String, AgreedScore> agreed = audits.agreedScores(round).stream()
                .collect(Collectors.toMap(a -> a.getItem().getCode(), a -> a));
        Optional<AuditRound> previous = audits.previousClosed(round);
        Map<String, Integer> previousScores = previous.map(this::agreedByCode).orElseGet(HashMap::new);
        Optional<Scale> previousScale = previous.map(p -> p.getFramework().scale());
        return round.getFramework().items().stream()
                .map(item -> {
                    Optional<ItemReview.Agreed> agreedScore = Optional.ofNullable(agreed.get(item.getCode()))
                            .map(a -> new ItemReview.Agreed(
                                    a.getScore(), scale.rag(a.getScore()), a.getNote(), a.getAgreedBy()));
                    Optional<ScoreChange> change = agreedScore.map(a -> ScoreChange.between(
                            Optional.ofNullable(previousScores.get(item.getCode())),
                            a.score(),
                            previousScale.orElse(scale)));
                    return new ItemReview(
                            item.getCode(),
                            item.getTitle(),
                            item.getHeading().getTitle(),
                            synthesiser.synthesise(scores.getOrDefault(item.getCode(), List.of())),
                            agreedScore,
                            change);
                })
                .toList();
    }

    private Map<String, Integer> agreedByCode(AuditRound round) {
        return audits.agreedScores(round).stream()
                .collect(Collectors.toMap(a -> a.getItem().getCode(), AgreedScore::getScore));
    }
}
