package org.rollcall.delivery.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.delivery.AuditEvent;
import org.rollcall.delivery.AuditLog;
import org.rollcall.delivery.ContentStore;

/**
 * The two writes of an erasure, each in a transaction of its own. {@link #mark} writes the tombstones,
 * scrubs the rows and audits each ({@code ERASED}); it commits before any file is touched, so a crash
 * leaves at most a file nobody points at, never a live row without its file. {@link #deleteIfUnshared}
 * deletes a file once no live row holds its SHA-256 (the store is content-addressed: two documents with
 * the same bytes share one file).
 */
@ApplicationScoped
public class ErasureLedger {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ContentStore content;

    /** What was erased: the document and the reason given. */
    public record Erased(ArchivedDocument document, String reason) {}

    /** Marks the documents erased; one another server marked first is left out (the tombstone's key decides). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Erased> mark(List<ArchivedDocument> documents, String actor, LocalDateTime now, Reasons reasons) {
        List<Erased> erased = new ArrayList<>();
        for (ArchivedDocument d : documents) {
            String reason = reasons.of(d);
            int inserted = em.createNativeQuery("INSERT IGNORE INTO document_erasure"
                            + " (document_id, erased_at, erased_by, reason) VALUES (?, ?, ?, ?)")
                    .setParameter(1, d.id())
                    .setParameter(2, now)
                    .setParameter(3, actor)
                    .setParameter(4, reason)
                    .executeUpdate();
            if (inserted == 0) {
                continue;
            }
            // the title of a printout names the pupil: a tombstone keeps neither the name nor the UPN
            em.createNativeQuery("UPDATE document SET title = ?, upn = NULL WHERE id = ?")
                    .setParameter(1, "Erased " + d.kind() + " document " + d.id())
                    .setParameter(2, d.id())
                    .executeUpdate();
            audit.record(AuditEvent.of(actor, "ERASED", d.kind() + " document " + d.id() + ": " + reason)
                    .school(d.urn())
                    .pupil(d.upn().orElse(null)));
            erased.add(new Erased(d, reason));
        }
        return erased;
    }

    /**
     * Deletes the file when every row that holds its SHA-256 is erased. The rows are read with a locking
     * read, so a document being stored with the same bytes waits for this transaction and then writes its
     * file again (see {@code DocumentArchive.store}); answers whether a file was deleted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deleteIfUnshared(String sha) {
        List<?> rows = em.createNativeQuery("SELECT d.id, (SELECT COUNT(*) FROM document_erasure e"
                        + " WHERE e.document_id = d.id) FROM document d WHERE d.sha256 = ? FOR UPDATE")
                .setParameter(1, sha)
                .getResultList();
        boolean live = rows.stream().anyMatch(r -> ((Number) ((Object[]) r)[1]).longValue() == 0);
        return !live && content.delete(sha);
    }

    /** Why a document is erased, in words for the tombstone, the audit and the 410. */
    @FunctionalInterface
    public interface Reasons {
        String of(ArchivedDocument document);
    }
}
