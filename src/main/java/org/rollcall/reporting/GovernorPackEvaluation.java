package org.rollcall.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rollcall.evaluation.nextsteps.NextStep;
import org.rollcall.evaluation.plan.ActionStatus;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.report.SelfEvaluationSummary;
import org.rollcall.evaluation.synthesis.Rag;

/**
 * The governor pack's self-evaluation sections: the latest closed round as a grid of the nine chevrons (score,
 * band in words, change since last time), the items where respondents disagreed, the action plan by status with
 * overdue actions named, and the next steps from the guidance for each Red or Amber chevron. No pupil data.
 */
final class GovernorPackEvaluation {
    private final List<PackLine> lines = new ArrayList<>();

    List<PackLine> lines() {
        return List.copyOf(lines);
    }

    GovernorPackEvaluation grid(Optional<SelfEvaluationSummary> summary) {
        lines.add(PackLine.heading("Self-evaluation of attendance practice"));
        if (summary.isEmpty()) {
            lines.add(PackLine.text("No self-evaluation round has been closed yet."));
            return this;
        }
        SelfEvaluationSummary s = summary.get();
        lines.add(PackLine.text(s.frameworkName() + ": \"" + s.roundTitle() + "\", agreed on "
                + GovernorPackAssembler.LONG_DATE.format(s.heldOn()) + ". Scores run from 1 (Red) to 12 (Green)."));
        lines.add(PackLine.columns(
                "Chevron", "Agreed score", "Rating", "Band in words", "Change since last time", "", ""));
        for (SelfEvaluationSummary.ScoreLine score : s.scores()) {
            lines.add(PackLine.row(
                    score.item() + " " + score.title(),
                    String.valueOf(score.score()),
                    word(score.rag()),
                    bandWords(score.rag()),
                    change(score)));
        }
        disagreements(s.disagreements());
        return this;
    }

    private void disagreements(List<SelfEvaluationSummary.Disagreement> disagreements) {
        if (disagreements.isEmpty()) {
            lines.add(PackLine.text("Respondents agreed on every chevron."));
            return;
        }
        lines.add(PackLine.text("Chevrons where respondents disagreed:"));
        lines.add(PackLine.columns("Chevron", "Respondents", "Lowest score", "Highest score", "Spread", "", ""));
        for (SelfEvaluationSummary.Disagreement d : disagreements) {
            lines.add(PackLine.row(
                    d.item() + " " + d.title(),
                    String.valueOf(d.respondents()),
                    String.valueOf(d.lowest()),
                    String.valueOf(d.highest()),
                    String.valueOf(d.spread())));
        }
    }

    GovernorPackEvaluation actionPlan(List<ActionView> actions) {
        lines.add(PackLine.heading("Action plan"));
        if (actions.isEmpty()) {
            lines.add(PackLine.text("The school has no actions in its plan yet."));
            return this;
        }
        Map<ActionStatus, Integer> byStatus = new TreeMap<>();
        actions.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        lines.add(PackLine.columns("Status", "Actions", "", "", "", "", ""));
        for (ActionStatus status : ActionStatus.values()) {
            lines.add(PackLine.row(status(status), String.valueOf(byStatus.getOrDefault(status, 0))));
        }
        List<ActionView> overdue = actions.stream().filter(ActionView::overdue).toList();
        if (overdue.isEmpty()) {
            lines.add(PackLine.text("No action is overdue."));
            return this;
        }
        lines.add(PackLine.text(overdue.size() + " action" + (overdue.size() == 1 ? " is" : "s are")
                + " overdue in the school's action plan:"));
        lines.add(PackLine.columns("Overdue action", "Chevron", "Owner", "Due", "Status", "", ""));
        for (ActionView a : overdue) {
            lines.add(PackLine.row(
                    a.description(),
                    a.item(),
                    a.owner(),
                    GovernorPackAssembler.LONG_DATE.format(a.dueOn()),
                    status(a.status())));
        }
        return this;
    }

    GovernorPackEvaluation nextSteps(Optional<SelfEvaluationSummary> summary) {
        List<NextStep> steps = summary.map(SelfEvaluationSummary::nextSteps).orElse(List.of());
        if (steps.isEmpty()) {
            return this;
        }
        lines.add(PackLine.heading("Next steps from the guidance"));
        for (NextStep step : steps) {
            String expectation = step.guidance().expectations().stream()
                    .findFirst()
                    .map(e -> e.expectation())
                    .orElse("");
            lines.add(PackLine.text(step.item() + " " + step.title() + " (" + word(step.rag()) + ", "
                    + step.agreedScore() + "): " + expectation));
        }
        return this;
    }

    private static String change(SelfEvaluationSummary.ScoreLine score) {
        return score.change()
                .map(ch -> (ch > 0 ? "up " : ch < 0 ? "down " : "no change ")
                        + (ch == 0 ? "" : Math.abs(ch))
                        + score.previousScore().map(p -> " (was " + p + ")").orElse(""))
                .orElse("first time");
    }

    /** What the colour means, so the grid never relies on colour alone. */
    static String bandWords(Rag rag) {
        return switch (rag) {
            case RED -> "Not yet in place: act now";
            case AMBER -> "Partly in place: developing";
            case GREEN -> "In place and working";
        };
    }

    private static String word(Rag rag) {
        String name = rag.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.UK);
    }

    private static String status(ActionStatus status) {
        String name = status.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
