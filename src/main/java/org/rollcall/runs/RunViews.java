package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.SmtpSettings;

/** The JSON view of a run: its state, documents and how many of its emails went or wait. */
@ApplicationScoped
public class RunViews {
    public record MailStatus(long sent, long waiting, boolean smtpConfigured) {
    }

    public record RunView(long id, String urn, String kind, LocalDate from, LocalDate to, String status,
                          String message, String requestedBy, LocalDateTime created, LocalDateTime finished,
                          List<Long> documentIds, MailStatus emails) {
    }

    @Inject
    MailOutbox outbox;

    public RunView of(ReportRun run) {
        MailOutbox.Counts mail = outbox.countsForRun(run.getId());
        return new RunView(run.getId(), run.getSchool().getUrn(), run.getKind().name(), run.getPeriodFrom(),
                run.getPeriodTo(), run.getStatus().name(), run.getMessage(), run.getRequestedBy(), run.getCreatedAt(),
                run.getFinishedAt(), run.getDocuments().stream().map(Document::getId).toList(),
                new MailStatus(mail.sent(), mail.pending(), SmtpSettings.configured()));
    }
}
