package org.rollcall.evaluation.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.evaluation.NotFound;
import org.rollcall.evaluation.audit.AuditRepository;
import org.rollcall.evaluation.audit.AuditRound;
import org.rollcall.evaluation.framework.FrameworkItem;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/** The action plan of a round: add actions, move their status on, note progress, see what is overdue. */
@ApplicationScoped
@Transactional
public class ActionPlanService {
    @Inject
    AuditRepository audits;

    @Inject
    ActionPlanRepository plans;

    /** The school's clock: due dates are school days in England, so "today" is London's today. */
    @Inject
    Clock clock;

    public PlanAction add(long roundId, ActionPlanRequests.NewAction request, String user) {
        AuditRound round = round(roundId);
        PlanAction action = new PlanAction(
                round,
                item(round, request),
                request,
                priority(request, Priority.MEDIUM),
                status(request, ActionStatus.NOT_STARTED),
                user,
                LocalDateTime.now(clock));
        plans.add(action);
        return action;
    }

    /** Rewrites an action (owner, due date, wording, ...) from a whole new body; a status or priority left out is kept. */
    public PlanAction edit(long roundId, long actionId, ActionPlanRequests.NewAction request) {
        AuditRound round = round(roundId);
        PlanAction action = plans.find(round, actionId).orElseThrow(() -> NotFound.action(actionId, roundId));
        action.edit(
                item(round, request),
                request,
                priority(request, action.getPriority()),
                status(request, action.getStatus()));
        return action;
    }

    private static FrameworkItem item(AuditRound round, ActionPlanRequests.NewAction request) {
        return round.getFramework()
                .item(request.item())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "No item " + request.item() + " in "
                                + round.getFramework().getName(),
                        List.of(Problem.FieldError.of("item", request.item(), "not an item of this framework"))));
    }

    /** The priority sent, or {@code fallback} when none is (a new action: medium; an edit: as it was). */
    private static Priority priority(ActionPlanRequests.NewAction request, Priority fallback) {
        return parse(Priority.class, "priority", Optional.ofNullable(request.priority()), fallback);
    }

    private static ActionStatus status(ActionPlanRequests.NewAction request, ActionStatus fallback) {
        return parse(ActionStatus.class, "status", Optional.ofNullable(request.status()), fallback);
    }

    public List<PlanAction> actions(long roundId) {
        return plans.actions(round(roundId));
    }

    public PlanAction changeStatus(long roundId, long actionId, String statusText) {
        PlanAction action = plans.find(round(roundId), actionId).orElseThrow(() -> NotFound.action(actionId, roundId));
        action.changeStatus(parse(ActionStatus.class, "status", Optional.of(statusText), ActionStatus.NOT_STARTED));
        return action;
    }

    public PlanAction addNote(long roundId, long actionId, ActionPlanRequests.Note request, String user) {
        PlanAction action = plans.find(round(roundId), actionId).orElseThrow(() -> NotFound.action(actionId, roundId));
        ProgressNote note =
                new ProgressNote(action, request.on(), request.note().trim(), user, LocalDateTime.now(clock));
        plans.add(note);
        action.getNotes().add(note);
        return action;
    }

    public OverdueRule overdueRule() {
        return new OverdueRule(clock);
    }

    private AuditRound round(long roundId) {
        return audits.find(roundId).orElseThrow(() -> NotFound.round(roundId));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, Optional<String> text, E fallback) {
        if (text.isEmpty() || text.get().isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.get().trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(
                    "Unknown " + field,
                    List.of(Problem.FieldError.of(
                            field, text.get(), "use one of " + List.of(type.getEnumConstants()))));
        }
    }
}
