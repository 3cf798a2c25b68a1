package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.SchoolAssessments;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.delivery.ContentStore;
import org.rollcall.delivery.DocumentArchive;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.NewDocument;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;
import org.rollcall.reporting.RenderAhead;
import org.rollcall.reporting.printout.Addressee;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.LetterPupils;
import org.rollcall.reporting.printout.Letterhead;
import org.rollcall.reporting.printout.PrintoutWriter;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.details.SchoolDetailsStore;

/**
 * A parent-printout run: assess every pupil in scope at once; then the printouts are rendered on every
 * core, in order and a little ahead, while a chunk of pupils at a time archives its printouts and queues
 * the emails to each pupil's email contacts; beside them, on a thread of its own, the print file with a
 * page per postal addressee in form and name order, archived last. Only the printouts being made are in
 * memory (those ahead and the chunk's are on disk, known by SHA-256); each printout is keyed by (run, pupil),
 * so none is archived twice.
 */
@ApplicationScoped
public class ParentPrintoutRun {
    static final String TEMPLATE = "parent-printout";
    static final String PRINTOUT = "PARENT_PRINTOUT";
    static final String PRINT_FILE = "PARENT_PRINT_FILE";
    /** Printouts rendered ahead of the chunk being archived (two chunks; each held as its key, SHA-256 and length). */
    private static final int AHEAD = 200;

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
    ContentStore content;

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
                new PrintoutWriter(head),
                termLabel(school, window),
                window,
                System.nanoTime() - started);
    }

    /**
     * The chunk step starts at this pupil: the printouts from there on are rendered ahead of the chunks that
     * archive them, each stored by its worker (the chunk then only commits rows: the batch thread forcing every
     * file had held the whole run up), and the print file (unless archived already) is made beside them.
     */
    void startAt(PrintoutWork work, int position) {
        work.stopAhead();
        work.ahead = renderer.renderAndStoreAhead(
                TEMPLATE,
                work.pupils.subList(position, work.pupils.size()).iterator(),
                AHEAD,
                p -> job(work.writer, p, p.firstAddressee()),
                content::put);
        if (work.printFile == null && printFilePages(work) > 0 && !printFileArchived(work)) {
            work.printFile = renderer.renderCombinedLater(TEMPLATE, printFileTitle(work), printFileJobs(work));
        }
    }

    /** A chunk: its printouts as rendered ahead, those not archived yet archived with their emails. */
    void write(PrintoutWork work, List<RunItem> items) {
        long started = System.nanoTime();
        long runId = work.run.getId();
        Set<String> archived = chunks.archived(
                items.stream().map(i -> RunOutputs.pupil(runId, i.key())).toList());
        List<NewDocument> documents = new ArrayList<>(items.size());
        for (RunItem item : items) {
            RenderAhead.Rendered printout = rendered(work, item);
            if (!archived.contains(RunOutputs.pupil(runId, item.key()))) {
                // the worker has stored the file: the chunk keeps where, not the bytes
                documents.add(new NewDocument(
                        PRINTOUT,
                        printout.job().title(),
                        work.term,
                        work.window.from(),
                        work.window.to(),
                        subject(work.byUpn.get(item.key())),
                        null,
                        DocumentArchive.PDF,
                        Optional.of(RunOutputs.pupil(runId, item.key())),
                        Optional.of(new NewDocument.StoredContent(printout.stored(), printout.size()))));
            }
        }
        long rendered = System.nanoTime();
        chunks.write(
                work.run,
                documents,
                document -> mails(work.byUpn.get(document.subject().upn().orElseThrow()), work.head));
        work.renderNanos += System.nanoTime() - started;
        work.writeNanos += System.nanoTime() - rendered;
    }

    /** The item's printout from the render ahead; should the items not come in order, it starts again there. */
    private RenderAhead.Rendered rendered(PrintoutWork work, RunItem item) {
        if (work.ahead != null) {
            var next = work.ahead.next();
            if (next.isPresent() && next.get().job().key().equals(item.key())) {
                return next.get();
            }
        }
        startAt(work, item.index());
        return work.ahead.next().orElseThrow();
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

    /**
     * The print file: a page per postal addressee, sorted by form, surname, forename; none when nobody gets
     * post. Made beside the printouts when the step began ({@link #startAt}), or now.
     */
    private int printFile(PrintoutWork work) {
        int pages = printFilePages(work);
        if (pages == 0 || printFileArchived(work)) {
            return pages;
        }
        String title = printFileTitle(work);
        byte[] pdf = work.printFile != null
                ? madeBeside(work.printFile)
                : renderer.renderCombined(TEMPLATE, title, printFileJobs(work));
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
                        .keyed(printFileKey(work))),
                document -> List.of());
        return pages;
    }

    private static byte[] madeBeside(Future<byte[]> printFile) {
        try {
            return printFile.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the print file", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static int printFilePages(PrintoutWork work) {
        return work.pupils.stream().mapToInt(p -> p.postalAddressees().size()).sum();
    }

    private boolean printFileArchived(PrintoutWork work) {
        return !chunks.archived(List.of(printFileKey(work))).isEmpty();
    }

    private static String printFileKey(PrintoutWork work) {
        return RunOutputs.single(work.run.getId(), "print-file");
    }

    private static String printFileTitle(PrintoutWork work) {
        return "Parent printouts for post: " + work.run.getSchool().getName() + ", " + work.term;
    }

    private static Iterable<PdfJob> printFileJobs(PrintoutWork work) {
        List<LetterPupil> sorted = work.pupils.stream()
                .sorted(Comparator.comparing((LetterPupil p) -> p.assessed().form())
                        .thenComparing(LetterPupil::surname)
                        .thenComparing(LetterPupil::forename)
                        .thenComparing(p -> p.assessed().upn()))
                .toList();
        return () -> sorted.stream()
                .flatMap(p -> p.postalAddressees().stream().map(a -> job(work.writer, p, a)))
                .iterator();
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
