package org.rollcall.evaluation.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The JSON bodies the action plan endpoints accept. */
public final class ActionPlanRequests {
    private ActionPlanRequests() {}

    /** A new action; priority defaults to MEDIUM and status to NOT_STARTED. */
    public record NewAction(
            @NotBlank String item,
            @NotBlank String description,
            String priority,
            @NotBlank @Size(max = 200) String owner,
            String firstStep,
            @Size(max = 200) String overseer,
            String successMeasure,
            @NotNull LocalDate dueOn,
            String status) {}

    public record StatusChange(@NotBlank String status) {}

    public record Note(@NotNull LocalDate on, @NotBlank String note) {}
}
