package org.rollcall.reporting.sef;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rollcall.evaluation.plan.ActionStatus;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.report.SelfEvaluationSummary;
import org.rollcall.evaluation.synthesis.Rag;

/** The SEF's strategies (the action plan and the impact of interventions) and the latest self-evaluation judgement. */
final class SefPlanSections {
    static final String NO_IMPACT = "The impact of individual interventions is not recorded in Rollcall yet; the"
            + " school-wide figures above are the measure of the plan's effect so far.";

    private SefPlanSections() {}

    static List<SefBlock> strategies(SefSection sef) {
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.heading("Strategies in place and their impact"));
        List<ActionView> actions = sef.actions();
        if (actions.isEmpty()) {
            blocks.add(SefBlock.paragraph("No attendance action plan is recorded yet."));
        } else {
            blocks.add(SefBlock.paragraph(planParagraph(actions)));
            blocks.add(SefBlock.table(
                    "The attendance action plan",
                    List.of("Chevron", "Action", "Owner", "Due", "Status"),
                    actions.stream()
                            .map(a -> List.of(
                                    a.item() + " " + a.itemTitle(),
                                    a.description(),
                                    a.owner(),
                                    SefWords.date(a.dueOn()),
                                    status(a)))
                            .toList()));
        }
        impact(sef, blocks);
        return blocks;
    }

    /** The measured impact of interventions, from casework, or a sentence that none is recorded. */
    private static void impact(SefSection sef, List<SefBlock> blocks) {
        if (sef.impact().isEmpty()) {
            blocks.add(SefBlock.paragraph(NO_IMPACT));
            return;
        }
        InterventionImpact impact = sef.impact().get();
        impact.paragraphs().forEach(p -> blocks.add(SefBlock.paragraph(p)));
        if (!impact.rows().isEmpty()) {
            blocks.add(SefBlock.table(
                    "Attendance before and after interventions",
                    List.of("Intervention", "Pupils", "Attendance before", "Attendance after", "Change"),
                    impact.rows().stream()
                            .map(r -> List.of(
                                    r.intervention(),
                                    String.valueOf(r.pupils()),
                                    r.attendanceBefore(),
                                    r.attendanceAfter(),
                                    r.change()))
                            .toList()));
        }
    }

    private static String planParagraph(List<ActionView> actions) {
        Map<ActionStatus, Long> byStatus = actions.stream()
                .collect(Collectors.groupingBy(
                        ActionView::status, () -> new EnumMap<>(ActionStatus.class), Collectors.counting()));
        String counts = byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + words(e.getKey()))
                .collect(Collectors.joining(", "));
        List<ActionView> overdue = actions.stream().filter(ActionView::overdue).toList();
        String text = "The attendance action plan has " + actions.size()
                + (actions.size() == 1 ? " action: " : " actions: ") + counts + ".";
        if (overdue.isEmpty()) {
            return text + " None is overdue.";
        }
        return text + " Overdue: "
                + overdue.stream()
                        .map(a -> a.description() + " (" + a.owner() + ", due " + SefWords.date(a.dueOn()) + ")")
                        .collect(Collectors.joining("; "))
                + ".";
    }

    private static String words(ActionStatus status) {
        return status.name().toLowerCase(Locale.UK).replace('_', ' ');
    }

    private static String status(ActionView a) {
        return SefWords.capitalised(words(a.status())) + (a.overdue() ? ", overdue" : "");
    }

    static List<SefBlock> judgement(SefSection sef) {
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.heading("Self-evaluation judgement"));
        if (sef.judgement().isEmpty()) {
            blocks.add(SefBlock.paragraph("No round of the RAG self-evaluation has been closed yet."));
            return blocks;
        }
        SelfEvaluationSummary s = sef.judgement().get().summary();
        Map<String, String> evidence = sef.judgement().get().evidenceByItem();
        blocks.add(SefBlock.paragraph(summaryParagraph(s)));
        blocks.add(SefBlock.table(
                "Agreed scores of the latest self-evaluation (1 Red to 12 Green)",
                List.of("Chevron", "Heading", "Agreed score", "Band", "Change since the previous round"),
                s.scores().stream()
                        .map(l -> List.of(
                                l.item() + " " + l.title(),
                                l.heading(),
                                l.score() + " of 12",
                                band(l.rag()),
                                change(l)))
                        .toList()));
        for (SelfEvaluationSummary.ScoreLine l : s.scores()) {
            String note = evidence.get(l.item());
            if (note != null) {
                blocks.add(SefBlock.paragraph(
                        l.item() + " " + l.title() + " (" + l.score() + ", " + band(l.rag()) + "): " + note));
            }
        }
        return blocks;
    }

    private static String summaryParagraph(SelfEvaluationSummary s) {
        Map<Rag, Long> bands = s.scores().stream()
                .collect(Collectors.groupingBy(
                        SelfEvaluationSummary.ScoreLine::rag, () -> new EnumMap<>(Rag.class), Collectors.counting()));
        String counts = bands.entrySet().stream()
                .map(e -> e.getValue() + " " + band(e.getKey()))
                .collect(Collectors.joining(", "));
        String previous = s.previousRound()
                .map(p -> " The previous round was \"" + p.title() + "\" on " + SefWords.date(p.heldOn())
                        + "; the changes are in the table.")
                .orElse("");
        String disagreements = s.disagreements().isEmpty()
                ? ""
                : " Respondents disagreed on " + s.disagreements().size()
                        + (s.disagreements().size() == 1 ? " chevron" : " chevrons") + " before agreeing a score ("
                        + s.disagreements().stream()
                                .map(d -> d.item() + " " + d.title())
                                .collect(Collectors.joining(", "))
                        + ").";
        return "At \"" + s.roundTitle() + "\" on " + SefWords.date(s.heldOn()) + " (" + s.frameworkName() + ", version "
                + s.frameworkVersion() + ") the school agreed its practice as " + counts + " across "
                + s.scores().size()
                + " chevrons." + previous + disagreements;
    }

    private static String band(Rag rag) {
        return SefWords.capitalised(rag.name().toLowerCase(Locale.UK));
    }

    private static String change(SelfEvaluationSummary.ScoreLine l) {
        return switch (l.direction()) {
            case NEW -> "New this round";
            case SAME -> "No change";
            case IMPROVED -> "Up " + l.change().map(Math::abs).orElse(0) + " (was "
                    + l.previousScore().orElse(0) + ")";
            case DECLINED -> "Down " + l.change().map(Math::abs).orElse(0) + " (was "
                    + l.previousScore().orElse(0) + ")";
        };
    }
}
