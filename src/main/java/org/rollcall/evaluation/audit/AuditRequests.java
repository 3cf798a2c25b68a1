package org.rollcall.evaluation.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies the audit endpoints accept. */
public final class AuditRequests {
    private AuditRequests() {}

    /** Opens a round: a framework by id, or by key for its newest version ({@code "framework": "rag"}). */
    public record OpenRound(
            Long frameworkId, String framework, @NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn) {}

    public record AddRespondent(
            @NotBlank @Size(max = 200) String name, @NotBlank String kind, @Size(max = 100) String username) {}

    /**
     * A score for one item (a decimal is read as given, so that 12.5 is refused rather than cut to 12): {@code score} on the scale, or {@code rating} RED/AMBER/GREEN for frameworks
     * rated that way. {@code respondent} (an id) only when the lead enters a score for someone else.
     */
    public record Score(
            @NotBlank String item, BigDecimal score, String rating, String evidence, String action, Long respondent) {}

    public record Agree(BigDecimal score, String rating, String note) {}
}
