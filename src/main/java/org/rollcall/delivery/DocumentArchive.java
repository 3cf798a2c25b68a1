package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/** The archive: every PDF stored once by SHA-256, with a row saying what it is. */
@ApplicationScoped
public class DocumentArchive {
    public static final String PDF = "application/pdf";

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    ContentStore content;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Document store(
            School school,
            String kind,
            String title,
            String termLabel,
            LocalDate from,
            LocalDate to,
            String createdBy,
            byte[] pdf) {
        return store(school, kind, title, termLabel, from, to, createdBy, DocumentSubject.NONE, pdf);
    }

    /**
     * Archives one document about a pupil, form or year group: the file first (on disk when {@link
     * ContentStore#put} returns), then the row, which commits with the caller's transaction.
     */
    @Transactional
    public Document store(
            School school,
            String kind,
            String title,
            String termLabel,
            LocalDate from,
            LocalDate to,
            String createdBy,
            DocumentSubject subject,
            byte[] pdf) {
        String sha = content.put(pdf);
        Document document = new Document(
                school, kind, title, termLabel, from, to, createdBy, pdf.length, sha, PDF, StoredTime.now(clock));
        document.describe(subject);
        em.persist(document);
        em.flush();
        // the row now holds the SHA-256: an erasure of the same bytes that ran in between is put right
        content.put(pdf);
        audit.record(AuditEvent.of(createdBy, "GENERATED", kind + " document " + document.getId())
                .school(school.getUrn()));
        return document;
    }

    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    public List<Document> list(Optional<String> urn) {
        // erased documents leave the list; GET /documents/{id} still answers 410 for them
        return em.createQuery(
                        "select d from Document d where (:urn is null or d.school.urn = :urn)"
                                + " and not exists (select e from DocumentErasure e where e.documentId = d.id)"
                                + " order by d.createdAt desc, d.id desc",
                        Document.class)
                .setParameter("urn", urn.orElse(null))
                .setMaxResults(1000)
                .getResultList();
    }

    /** The form and year group a document was made for (staff data), for its audience; absent when none. */
    public record MadeFor(Optional<String> form, Optional<String> yearGroup) {
        static final MadeFor NOBODY = new MadeFor(Optional.empty(), Optional.empty());
    }

    // Read by SQL so the entity stays as the printouts feature shapes it (its migration adds the same columns)
    public Map<Long, MadeFor> madeFor(List<Document> documents) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = documents.stream().map(Document::getId).toList();
        Map<Long, MadeFor> made = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, form, year_group FROM document WHERE id IN (:ids)"
                        + " AND (form IS NOT NULL OR year_group IS NOT NULL)")
                .setParameter("ids", ids)
                .getResultList()) {
            Object[] r = (Object[]) row;
            made.put(
                    ((Number) r[0]).longValue(),
                    new MadeFor(Optional.ofNullable((String) r[1]), Optional.ofNullable((String) r[2])));
        }
        return made;
    }

    /** The tombstone of an erased document; empty while it is kept. */
    public Optional<DocumentErasure> erasure(long documentId) {
        return Optional.ofNullable(em.find(DocumentErasure.class, documentId));
    }

    public byte[] content(Document document) {
        return content.get(document.getSha256(), document.getContentType())
                .orElseThrow(() -> new IllegalStateException("The archive has lost the file of document "
                        + document.getId() + " (" + document.getSha256() + ")"));
    }
}
