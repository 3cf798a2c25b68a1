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
        String sha = content.put(pdf);
        Document document = new Document(
                school, kind, title, termLabel, from, to, createdBy, pdf.length, sha, PDF, StoredTime.now(clock));
        em.persist(document);
        em.flush();
        audit.record(AuditEvent.of(createdBy, "GENERATED", kind + " document " + document.getId())
                .school(school.getUrn()));
        return document;
    }

    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    public List<Document> list(Optional<String> urn) {
        return em.createQuery(
                        "select d from Document d where (:urn is null or d.school.urn = :urn)"
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

    public byte[] content(Document document) {
        return content.get(document.getSha256(), document.getContentType())
                .orElseThrow(() -> new IllegalStateException("The archive has lost the file of document "
                        + document.getId() + " (" + document.getSha256() + ")"));
    }
}
