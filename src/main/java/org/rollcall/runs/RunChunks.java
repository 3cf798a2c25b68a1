package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.rollcall.delivery.ArchiveBatch;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.NewDocument;
import org.rollcall.delivery.OutgoingMail;

/**
 * Writes a run's chunk of documents in one transaction (the chunk's own, in a batch job): the
 * archive rows, the run's links in one statement, the emails. Every document and message carries
 * its key, and what is already there is skipped, so writing the same chunk twice adds nothing.
 */
@ApplicationScoped
public class RunChunks {
    /** An email for one document of the chunk. */
    public record Mail(String recipient, String subject, String body) {}

    @Inject
    ArchiveBatch archive;

    @Inject
    RunRepository runs;

    @Inject
    MailOutbox outbox;

    /** Which of these output keys the archive has already (so they need not be rendered again). */
    public Set<String> archived(Collection<String> keys) {
        return archive.existingKeys(keys);
    }

    /**
     * @param mailsFor the emails that carry a stored document (none for a document nobody is emailed)
     * @return how many documents were archived now
     */
    @Transactional
    public int write(ReportRun run, List<NewDocument> documents, Function<Document, List<Mail>> mailsFor) {
        List<Document> stored = archive.storeAll(run.getSchool(), run.getRequestedBy(), documents);
        runs.attachAll(run.getId(), stored);
        List<OutgoingMail> mail = new ArrayList<>();
        for (Document document : stored) {
            String key = document.outputKey().orElseThrow();
            mailsFor.apply(document)
                    .forEach(m -> mail.add(new OutgoingMail(
                            m.recipient(), m.subject(), m.body(), document, RunOutputs.mail(key, m.recipient()))));
        }
        outbox.queueAll(run.getSchool(), run.getId(), mail);
        return stored.size();
    }
}
