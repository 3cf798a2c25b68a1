package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/**
 * Archives many documents at once (a run's chunk of printouts): the files first, then every row
 * in one transaction and one audit entry for the chunk, instead of a transaction and an audit row
 * per document. The audit names the kind and the document ids, never a pupil. The files are on disk
 * (forced) before any row is written, and the rows commit with the caller's transaction after that:
 * a crash leaves at most a file without a row (harmless; verify lists it as an orphan), never a row
 * without its file.
 */
@ApplicationScoped
public class ArchiveBatch {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    ContentStore content;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<Document> storeAll(School school, String createdBy, List<NewDocument> documents) {
        List<Document> stored = new ArrayList<>(documents.size());
        School managed = em.getReference(School.class, school.getId());
        List<byte[]> files = documents.stream().map(NewDocument::pdf).toList();
        List<String> shas = content.putAll(files);
        for (int i = 0; i < documents.size(); i++) {
            NewDocument d = documents.get(i);
            String sha = shas.get(i);
            Document document = new Document(
                    managed,
                    d.kind(),
                    d.title(),
                    d.termLabel(),
                    d.from(),
                    d.to(),
                    createdBy,
                    d.pdf().length,
                    sha,
                    DocumentArchive.PDF,
                    StoredTime.now(clock));
            document.describe(d.subject());
            em.persist(document);
            stored.add(document);
        }
        em.flush();
        // the rows now hold the SHA-256s: an erasure of the same bytes that ran in between is put right
        content.putAll(files);
        if (!stored.isEmpty()) {
            audit.record(
                    createdBy,
                    "GENERATED",
                    stored.size() + " " + documents.get(0).kind() + " documents "
                            + stored.get(0).getId() + " to "
                            + stored.get(stored.size() - 1).getId() + " for school " + school.getUrn());
        }
        return stored;
    }
}
