package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.DocumentArchive;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.MailSender;
import org.rollcall.delivery.SmtpSettings;
import org.rollcall.reporting.GovernorPack;
import org.rollcall.reporting.GovernorPackAssembler;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.school.Governor;
import org.rollcall.school.SchoolRepository;

/** A governor-pack run: assemble, render, archive, queue an email to each governor, record. */
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
    DocumentArchive archive;

    @Inject
    SchoolRepository schools;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    public void execute(long runId) {
        ReportRun run = runs.find(runId).orElseThrow();
        runs.update(runId, ReportRun::start);
        long started = System.nanoTime();
        GovernorPack pack = assembler.assemble(run.getSchool(), run.getPeriodFrom(), run.getPeriodTo());
        long assembled = System.nanoTime();
        byte[] pdf = pack.render(renderer);
        // timings only: no pupil data (the school's URN and milliseconds)
        LOG.info(() ->
                "Governor pack for URN " + run.getSchool().getUrn() + ": figures " + (assembled - started) / 1_000_000
                        + " ms, PDF " + (System.nanoTime() - assembled) / 1_000_000 + " ms");
        Document document = archive.store(
                run.getSchool(),
                run.getKind().name(),
                pack.title(),
                pack.cover().termLabel(),
                run.getPeriodFrom(),
                run.getPeriodTo(),
                run.getRequestedBy(),
                pdf);
        runs.attach(runId, document);
        List<Governor> governors = schools.governors(run.getSchool());
        governors.forEach(
                g -> outbox.queue(run.getSchool(), runId, document, g.getEmail(), pack.title(), letter(g, pack)));
        runs.update(runId, r -> r.complete(summary(governors.size())));
        sender.sendSoon();
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
