package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.rollcall.delivery.ArchiveBatch;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.NewDocument;
import org.rollcall.delivery.OutgoingMail;
import org.rollcall.reporting.PdfJob;

/**
 * Collects a run's documents as they are rendered and writes them a chunk at a time: the archive
 * rows in one transaction, the run's links in one statement, the chunk's emails in one
 * transaction, then the progress. At most {@link #SIZE} PDFs are held at once.
 */
@ApplicationScoped
public class RunChunks {
    static final int SIZE = 100;

    /** An email for one document of the chunk. */
    public record Mail(String recipient, String subject, String body) {}

    @Inject
    ArchiveBatch archive;

    @Inject
    RunRepository runs;

    @Inject
    MailOutbox outbox;

    /** @param mailsFor the emails that carry a stored document (none for a document nobody is emailed) */
    public Chunk open(ReportRun run, int total, BiFunction<PdfJob, Document, List<Mail>> mailsFor) {
        return new Chunk(run, total, mailsFor);
    }

    /** One run's buffer; used on the run's own thread only. */
    public final class Chunk {
        private final ReportRun run;
        private final int total;
        private final BiFunction<PdfJob, Document, List<Mail>> mailsFor;
        private final List<PdfJob> jobs = new ArrayList<>(SIZE);
        private final List<NewDocument> documents = new ArrayList<>(SIZE);
        private int done;
        private long emails;
        private long writeNanos;

        private Chunk(ReportRun run, int total, BiFunction<PdfJob, Document, List<Mail>> mailsFor) {
            this.run = run;
            this.total = total;
            this.mailsFor = mailsFor;
        }

        public void add(PdfJob job, NewDocument document) {
            jobs.add(job);
            documents.add(document);
            if (documents.size() >= SIZE) {
                flush();
            }
        }

        public void flush() {
            if (documents.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            List<Document> stored = archive.storeAll(run.getSchool(), run.getRequestedBy(), documents);
            runs.attachAll(run.getId(), stored);
            List<OutgoingMail> mail = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                Document document = stored.get(i);
                mailsFor.apply(jobs.get(i), document)
                        .forEach(m -> mail.add(new OutgoingMail(m.recipient(), m.subject(), m.body(), document)));
            }
            if (!mail.isEmpty()) {
                outbox.queueAll(run.getSchool(), run.getId(), mail);
            }
            emails += mail.size();
            done += stored.size();
            runs.progress(run.getId(), done, total);
            jobs.clear();
            documents.clear();
            writeNanos += System.nanoTime() - started;
        }

        public long emails() {
            return emails;
        }

        /** Time spent writing the chunks (archive, links, mail, progress), for the run's timings. */
        public long writeMillis() {
            return writeNanos / 1_000_000;
        }
    }
}
