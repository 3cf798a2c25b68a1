package org.rollcall.runs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.SmtpSettings;
import org.rollcall.school.staff.YearGroupText;

/** The JSON view of a run: its state, documents and how many of its emails went or wait. */
@ApplicationScoped
public class RunViews {
    public record MailStatus(long sent, long waiting, long failed, boolean smtpConfigured) {}

    public record Progress(int done, int total) {}

    /**
     * @param documentCounts how many documents of each kind the run has archived so far
     * @param jobStatus the Jakarta Batch job's own status (e.g. FAILED beside a failed run), when known
     */
    public record RunView(
            long id,
            String urn,
            String kind,
            LocalDate from,
            LocalDate to,
            String status,
            String message,
            String requestedBy,
            LocalDateTime created,
            LocalDateTime finished,
            List<Long> documentIds,
            MailStatus emails,
            Progress progress,
            Map<String, Long> documentCounts,
            List<String> forms,
            List<Object> yearGroups,
            String jobStatus,
            long durationSeconds) {}

    /** One run of {@code GET /runs}: as {@link RunView}, without the list of document ids. */
    public record RunSummary(
            long id,
            String urn,
            String kind,
            LocalDate from,
            LocalDate to,
            String status,
            String message,
            String requestedBy,
            LocalDateTime created,
            LocalDateTime finished,
            long durationSeconds,
            Progress progress,
            Map<String, Long> documentCounts,
            MailStatus emails,
            String jobStatus) {}

    public record RunListPage(long total, int page, int size, List<RunSummary> items) {}

    @Inject
    MailOutbox outbox;

    @Inject
    RunRepository runs;

    @Inject
    Clock clock;

    public RunView of(ReportRun run) {
        MailOutbox.Counts mail = outbox.countsForRun(run.getId());
        RunLimits limits = run.limits();
        return new RunView(
                run.getId(),
                run.getSchool().getUrn(),
                run.getKind().name(),
                run.getPeriodFrom(),
                run.getPeriodTo(),
                run.getStatus().name(),
                run.getMessage(),
                run.getRequestedBy(),
                run.getCreatedAt(),
                run.getFinishedAt(),
                runs.documentIds(run.getId()),
                new MailStatus(mail.sent(), mail.pending(), mail.failed(), SmtpSettings.configured()),
                new Progress(run.getProgressDone(), run.getProgressTotal()),
                runs.documentCounts(run.getId()),
                limits.forms(),
                limits.yearGroups().stream().map(YearGroupText::json).toList(),
                run.getJobExecutionId().flatMap(RunViews::jobStatus).orElse(null),
                durationSeconds(run));
    }

    public RunSummary summary(ReportRun run) {
        MailOutbox.Counts mail = outbox.countsForRun(run.getId());
        return new RunSummary(
                run.getId(),
                run.getSchool().getUrn(),
                run.getKind().name(),
                run.getPeriodFrom(),
                run.getPeriodTo(),
                run.getStatus().name(),
                run.getMessage(),
                run.getRequestedBy(),
                run.getCreatedAt(),
                run.getFinishedAt(),
                durationSeconds(run),
                new Progress(run.getProgressDone(), run.getProgressTotal()),
                runs.documentCounts(run.getId()),
                new MailStatus(mail.sent(), mail.pending(), mail.failed(), SmtpSettings.configured()),
                run.getJobExecutionId().flatMap(RunViews::jobStatus).orElse(null));
    }

    /** From the request to the end (or to now, while it runs); both times are UTC in the row. */
    private long durationSeconds(ReportRun run) {
        LocalDateTime end = run.getFinishedAt() == null
                ? LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                : run.getFinishedAt();
        return Math.max(0, Duration.between(run.getCreatedAt(), end).toSeconds());
    }

    private static Optional<String> jobStatus(long executionId) {
        try {
            return Optional.of(BatchRuntime.getJobOperator()
                    .getJobExecution(executionId)
                    .getBatchStatus()
                    .name());
        } catch (RuntimeException e) {
            return Optional.empty(); // the batch repository has forgotten it (e.g. after a restart)
        }
    }
}
