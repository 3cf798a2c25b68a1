package org.rollcall.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.audit.AuditRepository;
import org.rollcall.evaluation.audit.AuditRound;
import org.rollcall.evaluation.audit.ItemReview;
import org.rollcall.evaluation.audit.RoundReview;
import org.rollcall.evaluation.nextsteps.NextStepsService;
import org.rollcall.evaluation.plan.ActionPlanRepository;
import org.rollcall.evaluation.plan.ActionPlanService;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.plan.OverdueRule;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** Builds the {@link SelfEvaluationSummary} of a school for the governor pack (and the API). */
@ApplicationScoped
@Transactional
public class SelfEvaluationService {
    @Inject
    SchoolService schools;

    @Inject
    AuditRepository audits;

    @Inject
    RoundReview review;

    @Inject
    ActionPlanRepository plans;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    NextStepsService nextSteps;

    /** The summary of the latest closed round of a framework ({@code rag}, {@code audit}, {@code foundations}), if there is one. */
    public Optional<SelfEvaluationSummary> summary(String urn, String frameworkKey) {
        School school = schools.require(urn);
        return audits.latestClosed(school, frameworkKey).map(round -> summarise(school, round));
    }

    private SelfEvaluationSummary summarise(School school, AuditRound round) {
        List<ItemReview> items = review.review(round);
        return new SelfEvaluationSummary(
                school.getUrn(),
                school.getName(),
                round.getFramework().getKey(),
                round.getFramework().getName(),
                round.getFramework().getVersion(),
                round.getId(),
                round.getTitle(),
                round.getHeldOn(),
                audits.previousClosed(round)
                        .map(p -> new SelfEvaluationSummary.PreviousRound(p.getId(), p.getTitle(), p.getHeldOn())),
                items.stream().flatMap(i -> scoreLine(i).stream()).toList(),
                items.stream().flatMap(i -> disagreement(i).stream()).toList(),
                overdueActions(school),
                nextSteps.forRound(round));
    }

    private static Optional<SelfEvaluationSummary.ScoreLine> scoreLine(ItemReview item) {
        return item.agreed()
                .map(a -> new SelfEvaluationSummary.ScoreLine(
                        item.code(),
                        item.title(),
                        item.heading(),
                        a.score(),
                        a.rag(),
                        item.change().flatMap(c -> c.previousScore()),
                        item.change().flatMap(c -> c.previousRag()),
                        item.change().flatMap(c -> c.difference()),
                        item.change().orElseThrow().direction()));
    }

    private static Optional<SelfEvaluationSummary.Disagreement> disagreement(ItemReview item) {
        var s = item.synthesis();
        if (!s.disagreement()) {
            return Optional.empty();
        }
        return Optional.of(new SelfEvaluationSummary.Disagreement(
                item.code(),
                item.title(),
                s.count(),
                s.lowest().orElseThrow(),
                s.highest().orElseThrow(),
                s.spread().orElseThrow(),
                s.disagreementReason().orElseThrow()));
    }

    /** Overdue actions from every round at the school: an action stays owed after its round closes. */
    private List<ActionView> overdueActions(School school) {
        OverdueRule rule = actionPlan.overdueRule();
        return plans.actions(school).stream()
                .map(a -> ActionView.of(a, rule))
                .filter(ActionView::overdue)
                .toList();
    }
}
