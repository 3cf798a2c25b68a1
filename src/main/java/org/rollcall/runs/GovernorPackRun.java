package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.NewDocument;
import org.rollcall.delivery.SmtpSettings;
import org.rollcall.reporting.GovernorPack;
import org.rollcall.reporting.GovernorPackAssembler;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.school.Governor;
import org.rollcall.school.SchoolRepository;

/** A governor-pack run: assemble, render, archive, queue an email to each governor (each keyed by the run). */
@ApplicationScoped
public class GovernorPackRun {
    private static final Logger LOG = Logger.getLogger(GovernorPackRun.class.getName());

    @Inject
    RunRepository runs;

    @Inject
    GovernorPackAssembler assembler;

    @Inject
    JasperRenderer renderer;

    @Inject
    RunChunks chunks;

    @Inject
    SchoolRepository schools;

    @Inject
    MailOutbox outbox;

    /** Assembles, renders and archives the pack (unless a failed attempt did), and queues an email to each governor. */
    String finish(ReportRun run) {
        String key = RunOutputs.single(run.getId(), "governor-pack");
        if (chunks.archived(List.of(key)).isEmpty()) {
            long started = System.nanoTime();
            GovernorPack pack = assembler.assemble(run.getSchool(), run.getPeriodFrom(), run.getPeriodTo());
            long assembled = System.nanoTime();
            byte[] pdf = pack.render(renderer);
            // timings only: no pupil data (the school's URN and milliseconds)
            LOG.info(() -> "Governor pack for URN " + run.getSchool().getUrn() + ": figures "
                    + (assembled - started) / 1_000_000 + " ms, PDF " + (System.nanoTime() - assembled) / 1_000_000
                    + " ms");
            NewDocument document = new NewDocument(
                    run.getKind().name(),
                    pack.title(),
                    pack.cover().termLabel(),
                    run.getPeriodFrom(),
                    run.getPeriodTo(),
                    DocumentSubject.NONE,
                    pdf);
            List<Governor> governors = schools.governors(run.getSchool());
            chunks.write(run, List.of(document.keyed(key)), stored -> governors.stream()
                    .map(g -> new RunChunks.Mail(g.getEmail(), pack.title(), letter(g, pack)))
                    .toList());
        }
        MailOutbox.Counts mail = outbox.countsForRun(run.getId());
        return summary((int) (mail.sent() + mail.pending()));
    }

    private static String summary(int emails) {
        String mail = emails == 0
                ? "no governors to email (add them with PUT /api/schools/{urn}/governors)"
                : emails + " email" + (emails == 1 ? "" : "s") + " queued to governors"
                        + (SmtpSettings.configured()
                                ? ""
                                : "; no SMTP server is configured (ROLLCALL_SMTP_HOST), so they wait in the outbox");
        return "Governor pack archived; " + mail;
    }

    private static String letter(Governor governor, GovernorPack pack) {
        return "Dear " + governor.getName() + ",\n\n"
                + "Please find attached the attendance report for governors of "
                + pack.cover().schoolName()
                + " for " + pack.cover().termLabel() + " ("
                + pack.cover().periodText().toLowerCase() + ").\n\n"
                + "Attendance: " + pack.headline().attendanceRate() + ". Persistent absence: "
                + pack.headline().persistentAbsence() + ".\n\n"
                + "The report names no pupil. Please keep it within the governing board.\n\n"
                + "Rollcall, on behalf of the school's attendance lead\n";
    }
}
