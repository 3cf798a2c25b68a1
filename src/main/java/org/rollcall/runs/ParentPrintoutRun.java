package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.SchoolAssessments;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.delivery.ArchiveBatch;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailSender;
import org.rollcall.delivery.NewDocument;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;
import org.rollcall.reporting.printout.Addressee;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.LetterPupils;
import org.rollcall.reporting.printout.Letterhead;
import org.rollcall.reporting.printout.PrintoutWriter;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.details.SchoolDetailsStore;

/**
 * A parent-printout run: assess every pupil in scope at once, render one printout per pupil
 * (handed over as each is ready and archived a chunk at a time, with the emails to that pupil's
 * email contacts), then one print file with a page per postal addressee in form and name order.
 * Only one chunk of PDFs is held at any time.
 */
@ApplicationScoped
public class ParentPrintoutRun {
    static final String TEMPLATE = "parent-printout";
    static final String PRINTOUT = "PARENT_PRINTOUT";
    static final String PRINT_FILE = "PARENT_PRINT_FILE";
    private static final Logger LOG = Logger.getLogger(ParentPrintoutRun.class.getName());

    @Inject
    RunRepository runs;

    @Inject
    LetterPupils letterPupils;

    @Inject
    SchoolAssessments assessments;

    @Inject
    SchoolDetailsStore details;

    @Inject
    SchoolRepository schools;

    @Inject
    JasperRenderer renderer;

    @Inject
    ArchiveBatch archive;

    @Inject
    RunChunks chunks;

    @Inject
    MailSender sender;

    @Inject
    Clock clock;

    public void execute(long runId) {
        ReportRun run = runs.find(runId).orElseThrow();
        runs.update(runId, ReportRun::start);
        long started = System.nanoTime();
        School school = run.getSchool();
        DateWindow window = DateWindow.of(run.getPeriodFrom(), run.getPeriodTo());
        List<LetterPupil> pupils = letterPupils.of(school, window, run.limits()::includes);
        runs.progress(runId, 0, pupils.size());
        Letterhead head = Letterhead.of(
                school, details.of(school), window, assessments.term(school, window), LocalDate.now(clock));
        PrintoutWriter writer = new PrintoutWriter(head, postalUpns(pupils));
        String term = termLabel(school, window);
        Map<String, LetterPupil> byUpn =
                pupils.stream().collect(Collectors.toMap(p -> p.assessed().upn(), p -> p));
        RunChunks.Chunk chunk =
                chunks.open(run, pupils.size(), (job, document) -> mails(byUpn.get(job.key()), document, head));
        long assessedAt = System.nanoTime();
        renderPrintouts(pupils, writer, chunk, term, window, byUpn);
        chunk.flush();
        long renderedAt = System.nanoTime();
        int pages = printFile(run, pupils, writer, term, window);
        long ms = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Run " + runId + ": " + pupils.size() + " printouts and " + pages + " print-file pages in " + ms
                + " ms");
        String timing = timing(
                pupils.size(),
                assessedAt - started,
                renderedAt - assessedAt,
                chunk.writeMillis(),
                System.nanoTime() - renderedAt);
        runs.update(runId, r -> r.complete(PrintoutSummary.of(pupils.size(), chunk.emails(), pages) + " " + timing));
        sender.sendSoon();
    }

    /** Each pupil's printout rendered and handed to the chunk, which archives and mails it a chunk at a time. */
    private void renderPrintouts(
            List<LetterPupil> pupils,
            PrintoutWriter writer,
            RunChunks.Chunk chunk,
            String term,
            DateWindow window,
            Map<String, LetterPupil> byUpn) {
        renderer.renderEach(
                TEMPLATE,
                () -> pupils.stream()
                        .map(p -> job(writer, p, p.firstAddressee()))
                        .iterator(),
                (job, pdf) -> chunk.add(
                        job,
                        new NewDocument(
                                PRINTOUT,
                                job.title(),
                                term,
                                window.from(),
                                window.to(),
                                subject(byUpn.get(job.key())),
                                pdf)));
    }

    private static PdfJob job(PrintoutWriter writer, LetterPupil pupil, Addressee to) {
        return new PdfJob(
                pupil.assessed().upn(),
                "Attendance report for " + pupil.fullName(),
                Map.of("PRINTOUT", writer.write(pupil, to)),
                PrintoutWriter.rows(pupil.assessed().assessment()));
    }

    private static DocumentSubject subject(LetterPupil p) {
        return DocumentSubject.pupil(
                p.assessed().upn(), p.assessed().form(), p.assessed().yearGroup());
    }

    private static List<RunChunks.Mail> mails(LetterPupil pupil, Document document, Letterhead head) {
        List<RunChunks.Mail> mails = new ArrayList<>();
        for (Addressee contact : pupil.contacts()) {
            contact.email()
                    .ifPresent(email -> mails.add(new RunChunks.Mail(
                            email,
                            "Attendance report for " + pupil.fullName(),
                            PrintoutSummary.letter(contact, pupil, head))));
        }
        return mails;
    }

    /** The print file: a page per postal addressee, sorted by form, surname, forename; none when nobody gets post. */
    private int printFile(
            ReportRun run, List<LetterPupil> pupils, PrintoutWriter writer, String term, DateWindow window) {
        List<LetterPupil> sorted = pupils.stream()
                .sorted(Comparator.comparing((LetterPupil p) -> p.assessed().form())
                        .thenComparing(LetterPupil::surname)
                        .thenComparing(LetterPupil::forename)
                        .thenComparing(p -> p.assessed().upn()))
                .toList();
        int pages = sorted.stream().mapToInt(p -> p.postalAddressees().size()).sum();
        if (pages == 0) {
            return 0;
        }
        String title = "Parent printouts for post: " + run.getSchool().getName() + ", " + term;
        byte[] pdf = renderer.renderCombined(TEMPLATE, title, () -> sorted.stream()
                .flatMap(p -> p.postalAddressees().stream().map(a -> job(writer, p, a)))
                .iterator());
        List<Document> stored = archive.storeAll(
                run.getSchool(),
                run.getRequestedBy(),
                List.of(new NewDocument(
                        PRINT_FILE, title, term, window.from(), window.to(), DocumentSubject.NONE, pdf)));
        runs.attachAll(run.getId(), stored);
        return pages;
    }

    private static Set<String> postalUpns(List<LetterPupil> pupils) {
        return pupils.stream()
                .filter(p -> !p.postalAddressees().isEmpty())
                .map(p -> p.assessed().upn())
                .collect(Collectors.toSet());
    }

    String termLabel(School school, DateWindow window) {
        return schools.termCovering(school, window.from(), window.to())
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(window.from() + " to " + window.to());
    }

    /** Server-side timings for the benchmark: no pupil data, only counts and milliseconds. */
    static String timing(int pupils, long assessNanos, long renderNanos, long writeMillis, long printFileNanos) {
        return String.format(
                java.util.Locale.ROOT,
                "Timings: figures %d ms; printouts %d ms (%.2f ms per pupil, of which"
                        + " archive, links, emails and progress %d ms); print file %d ms.",
                assessNanos / 1_000_000,
                renderNanos / 1_000_000,
                pupils == 0 ? 0.0 : renderNanos / 1e6 / pupils,
                writeMillis,
                printFileNanos / 1_000_000);
    }
}
