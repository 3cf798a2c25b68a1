package org.rollcall.evaluation.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An action as the API and the governor pack show it, with its notes and whether it is overdue. */
public record ActionView(
        long id,
        long roundId,
        String item,
        String itemTitle,
        String description,
        Priority priority,
        String owner,
        Optional<String> firstStep,
        Optional<String> overseer,
        Optional<String> successMeasure,
        LocalDate dueOn,
        ActionStatus status,
        boolean overdue,
        List<NoteView> notes) {

    public record NoteView(LocalDate on, String note, String author) {}

    public static ActionView of(PlanAction a, OverdueRule rule) {
        return new ActionView(
                a.getId(),
                a.getRound().getId(),
                a.getItem().getCode(),
                a.getItem().getTitle(),
                a.getDescription(),
                a.getPriority(),
                a.getOwner(),
                a.getFirstStep(),
                a.getOverseer(),
                a.getSuccessMeasure(),
                a.getDueOn(),
                a.getStatus(),
                rule.isOverdue(a.getDueOn(), a.getStatus()),
                a.getNotes().stream()
                        .map(n -> new NoteView(n.getNotedOn(), n.getNote(), n.getAuthor()))
                        .toList());
    }
}
