package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/**
 * Archives many documents at once (a run's chunk of printouts): the files first, then every row
 * in one transaction and one audit entry for the chunk, instead of a transaction and an audit row
 * per document. The audit names the kind and the document ids, never a pupil.
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

    /**
     * Archives the documents whose output key is not archived yet (and every unkeyed one), and returns
     * those it archived: a repeated chunk of a run archives nothing twice.
     */
    @Transactional
    public List<Document> storeAll(School school, String createdBy, List<NewDocument> documents) {
        Set<String> existing = existingKeys(
                documents.stream().flatMap(d -> d.outputKey().stream()).toList());
        List<NewDocument> fresh = documents.stream()
                .filter(d -> d.outputKey().filter(existing::contains).isEmpty())
                .toList();
        List<ContentStore.Content> files = fresh.stream()
                .map(d -> new ContentStore.Content(d.pdf(), d.contentType()))
                .toList();
        // every file is on disk before any row: a crash leaves no row without its file
        List<String> shas = content.putAll(files);
        List<Document> stored = new ArrayList<>(fresh.size());
        School managed = em.getReference(School.class, school.getId());
        for (int i = 0; i < fresh.size(); i++) {
            Document document = row(managed, createdBy, fresh.get(i), shas.get(i));
            em.persist(document);
            stored.add(document);
        }
        em.flush();
        // the rows now hold the SHA-256s: an erasure of the same bytes that ran in between is put right
        content.putAll(files);
        if (!stored.isEmpty()) {
            audit.record(AuditEvent.of(createdBy, "GENERATED", described(stored, school))
                    .school(school.getUrn()));
        }
        return stored;
    }

    private Document row(School school, String createdBy, NewDocument d, String sha) {
        Document document = new Document(
                school,
                d.kind(),
                d.title(),
                d.termLabel(),
                d.from(),
                d.to(),
                createdBy,
                d.pdf().length,
                sha,
                d.contentType(),
                StoredTime.now(clock));
        document.describe(d.subject());
        d.outputKey().ifPresent(document::keyAs);
        return document;
    }

    // names the kind and the ids, never a pupil
    private static String described(List<Document> stored, School school) {
        Document first = stored.get(0);
        return stored.size() == 1
                ? first.getKind() + " document " + first.getId()
                : stored.size() + " " + first.getKind() + " documents " + first.getId() + " to "
                        + stored.get(stored.size() - 1).getId() + " for school " + school.getUrn();
    }

    /** Which of these output keys are archived already. */
    public Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select d.outputKey from Document d where d.outputKey in :keys", String.class)
                        .setParameter("keys", keys)
                        .getResultList());
    }

    /** The document archived for an output key, if any. */
    public Optional<Document> byKey(String key) {
        return em.createQuery("select d from Document d where d.outputKey = :key", Document.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }
}
