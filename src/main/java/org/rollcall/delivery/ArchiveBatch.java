package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.MultiRowInsert;
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
        // every file is on disk before any row: a crash leaves no row without its file (one its maker stored
        // already is only looked for, not hashed or written again)
        List<NewDocument> inMemory =
                fresh.stream().filter(d -> d.stored().isEmpty()).toList();
        List<ContentStore.Content> files = inMemory.stream()
                .map(d -> new ContentStore.Content(d.pdf(), d.contentType()))
                .toList();
        List<String> written = content.putAll(files);
        Iterator<String> next = written.iterator();
        List<String> shas = fresh.stream()
                .map(d -> d.stored().map(NewDocument.StoredContent::sha256).orElseGet(next::next))
                .toList();
        School managed = em.getReference(School.class, school.getId());
        List<Document> rows = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            rows.add(row(managed, createdBy, fresh.get(i), shas.get(i)));
        }
        List<Document> stored = insert(rows);
        em.flush();
        // the rows now hold the SHA-256s: an erasure of the same bytes that ran in between is put right, and a file
        // stored by its maker that is not there (now or ever) fails the chunk, which rolls back and is made again
        content.putAll(files, written);
        requireStored(fresh);
        if (!stored.isEmpty()) {
            audit.record(AuditEvent.of(createdBy, "GENERATED", described(stored, school))
                    .school(school.getUrn()));
        }
        return stored;
    }

    /**
     * A run's documents are all keyed: one INSERT for the chunk, then read back by key for their ids. Others
     * (a document made outside a run) are persisted one by one.
     */
    private List<Document> insert(List<Document> rows) {
        if (rows.isEmpty() || rows.stream().anyMatch(d -> d.outputKey().isEmpty())) {
            rows.forEach(em::persist);
            return rows;
        }
        MultiRowInsert.into(
                em, "document", COLUMNS, rows.stream().map(ArchiveBatch::values).toList());
        Map<String, Document> byKey = new HashMap<>();
        em.createQuery("select d from Document d where d.outputKey in :keys", Document.class)
                .setParameter(
                        "keys",
                        rows.stream().map(d -> d.outputKey().orElseThrow()).toList())
                .getResultList()
                .forEach(d -> byKey.put(d.outputKey().orElseThrow(), d));
        return rows.stream().map(d -> byKey.get(d.outputKey().orElseThrow())).toList();
    }

    private static final List<String> COLUMNS = List.of(
            "school_id",
            "kind",
            "title",
            "term_label",
            "period_from",
            "period_to",
            "created_at",
            "created_by",
            "size_bytes",
            "sha256",
            "content_type",
            "upn",
            "form",
            "year_group",
            "output_key");

    private static Object[] values(Document d) {
        DocumentSubject subject = d.subject();
        return new Object[] {
            d.getSchool().getId(),
            d.getKind(),
            d.getTitle(),
            d.getTermLabel(),
            d.getPeriodFrom(),
            d.getPeriodTo(),
            d.getCreatedAt(),
            d.getCreatedBy(),
            d.getSizeBytes(),
            d.getSha256(),
            d.getContentType(),
            subject.upn().orElse(null),
            subject.form().orElse(null),
            subject.yearGroup().orElse(null),
            d.outputKey().orElseThrow()
        };
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
                d.sizeBytes(),
                sha,
                d.contentType(),
                StoredTime.now(clock));
        document.describe(d.subject());
        d.outputKey().ifPresent(document::keyAs);
        return document;
    }

    /** Every document given as stored is on disk under its SHA-256. */
    private void requireStored(List<NewDocument> documents) {
        for (NewDocument d : documents) {
            d.stored().ifPresent(stored -> {
                if (!content.contains(stored.sha256(), d.contentType())) {
                    throw new IllegalStateException("The archive has no file " + stored.sha256() + " for " + d.kind()
                            + " document " + d.outputKey().orElse("") + " that was stored for it");
                }
            });
        }
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
