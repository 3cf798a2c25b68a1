package org.rollcall.evaluation.nextsteps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.NotFound;
import org.rollcall.evaluation.audit.AgreedScore;
import org.rollcall.evaluation.audit.AuditRepository;
import org.rollcall.evaluation.audit.AuditRound;
import org.rollcall.evaluation.guidance.GuidanceRepository;
import org.rollcall.evaluation.guidance.GuidanceViews;
import org.rollcall.evaluation.synthesis.Rag;
import org.rollcall.evaluation.synthesis.Scale;

/**
 * Turns weak areas into next steps: for every item agreed Red or Amber that the guidance library
 * covers (the nine chevrons), its expectations and examples, weakest first.
 */
@ApplicationScoped
@Transactional
public class NextStepsService {
    @Inject
    AuditRepository audits;

    @Inject
    GuidanceRepository guidance;

    public List<NextStep> forRound(long roundId) {
        return forRound(audits.find(roundId).orElseThrow(() -> NotFound.round(roundId)));
    }

    public List<NextStep> forRound(AuditRound round) {
        Scale scale = round.getFramework().scale();
        return audits.agreedScores(round).stream()
                .filter(a -> scale.rag(a.getScore()) != Rag.GREEN)
                .sorted((a, b) -> Integer.compare(a.getScore(), b.getScore()))
                .flatMap(a -> nextStep(a, scale).stream())
                .toList();
    }

    private Optional<NextStep> nextStep(AgreedScore agreed, Scale scale) {
        return agreed.getItem()
                .getGuidanceKey()
                .flatMap(guidance::chevron)
                .map(c -> new NextStep(
                        agreed.getItem().getCode(),
                        agreed.getItem().getTitle(),
                        agreed.getScore(),
                        scale.rag(agreed.getScore()),
                        GuidanceViews.ChevronGuidance.of(c)));
    }
}
