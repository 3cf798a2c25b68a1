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
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailOutbox;
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
 * A parent-printout run: assess every pupil in scope at once, then a chunk of pupils at a time render
 * one printout each (on every core), archive them and queue the emails to each pupil's email
 * contacts; last, one print file with a page per postal addressee in form and name order. Only one
 * chunk of PDFs is held at any time; each printout is keyed by (run, pupil), so none is made twice.
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
    MailOutbox outbox;

    @Inject
    RunChunks chunks;

    @Inject
    Clock clock;

    /** The figures, letterhead and pupils of the run, once per job execution. */
    PrintoutWork prepare(ReportRun run) {
        long started = System.nanoTime();
        School school = run.getSchool();
        DateWindow window = DateWindow.of(run.getPeriodFrom(), run.getPeriodTo());
        List<LetterPupil> pupils = letterPupils.of(school, window, run.limits()::includes);
        runs.total(run.getId(), pupils.size());
        Letterhead head = Letterhead.of(
                school, details.of(school), window, assessments.term(school, window), LocalDate.now(clock));
        Map<String, LetterPupil> byUpn =
                pupils.stream().collect(Collectors.toMap(p -> p.assessed().upn(), p -> p));
        return new PrintoutWork(
                this,
                run,
                pupils,
                byUpn,
                head,
                new PrintoutWriter(head, postalUpns(pupils)),
                termLabel(school, window),
                window,
                System.nanoTime() - started);
    }

    /** A chunk: the printouts not archived yet, rendered on every core, archived with their emails. */
    void write(PrintoutWork work, List<RunItem> items) {
        long started = System.nanoTime();
        long runId = work.run.getId();
        Set<String> archived = chunks.archived(
                items.stream().map(i -> RunOutputs.pupil(runId, i.key())).toList());
        List<PdfJob> jobs = items.stream()
                .filter(i -> !archived.contains(RunOutputs.pupil(runId, i.key())))
                .map(i -> work.byUpn.get(i.key()))
                .map(p -> job(work.writer, p, p.firstAddressee()))
                .toList();
        List<NewDocument> documents = new ArrayList<>(jobs.size());
        renderer.renderEach(
                TEMPLATE,
                jobs,
                (job, pdf) -> documents.add(new NewDocument(
                                PRINTOUT,
                                job.title(),
                                work.term,
                                work.window.from(),
                                work.window.to(),
                                subject(work.byUpn.get(job.key())),
                                pdf)
                        .keyed(RunOutputs.pupil(runId, job.key()))));
        long rendered = System.nanoTime();
        chunks.write(
                work.run,
                documents,
                document -> mails(work.byUpn.get(document.subject().upn().orElseThrow()), work.head));
        work.renderNanos += System.nanoTime() - started;
        work.writeNanos += System.nanoTime() - rendered;
    }

    /** The print file (unless a failed attempt archived it already), then the run's summary. */
    String finish(PrintoutWork work) {
        long started = System.nanoTime();
        int pages = printFile(work);
        MailOutbox.Counts mail = outbox.countsForRun(work.run.getId());
        long emails = mail.sent() + mail.pending();
        LOG.info(() -> "Run " + work.run.getId() + ": " + work.pupils.size() + " printouts and " + pages
                + " print-file pages");
        String timing = timing(
                work.pupils.size(),
                work.assessNanos,
                work.renderNanos,
                work.writeNanos / 1_000_000,
                System.nanoTime() - started);
        return PrintoutSummary.of(work.pupils.size(), emails, pages) + " " + timing;
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

    private static List<RunChunks.Mail> mails(LetterPupil pupil, Letterhead head) {
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
    private int printFile(PrintoutWork work) {
        List<LetterPupil> sorted = work.pupils.stream()
                .sorted(Comparator.comparing((LetterPupil p) -> p.assessed().form())
                        .thenComparing(LetterPupil::surname)
                        .thenComparing(LetterPupil::forename)
                        .thenComparing(p -> p.assessed().upn()))
                .toList();
        int pages = sorted.stream().mapToInt(p -> p.postalAddressees().size()).sum();
        String key = RunOutputs.single(work.run.getId(), "print-file");
        if (pages == 0 || !chunks.archived(List.of(key)).isEmpty()) {
            return pages;
        }
        String title = "Parent printouts for post: " + work.run.getSchool().getName() + ", " + work.term;
        byte[] pdf = renderer.renderCombined(TEMPLATE, title, () -> sorted.stream()
                .flatMap(p -> p.postalAddressees().stream().map(a -> job(work.writer, p, a)))
                .iterator());
        chunks.write(
                work.run,
                List.of(new NewDocument(
                                PRINT_FILE,
                                title,
                                work.term,
                                work.window.from(),
                                work.window.to(),
                                DocumentSubject.NONE,
                                pdf)
                        .keyed(key)),
                document -> List.of());
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
