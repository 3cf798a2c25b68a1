package org.rollcall.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The tombstone of an erased document: when (UTC), by whom (the daily job is {@code retention}) and why.
 * The document's row stays, scrubbed of the pupil's name and UPN, so runs, letters and the outbox that
 * point at it still make sense and {@code GET /documents/{id}} can answer 410 with this.
 */
@Entity
@Table(name = "document_erasure")
public class DocumentErasure {
    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "erased_at", nullable = false)
    private LocalDateTime erasedAt;

    @Column(name = "erased_by", nullable = false, length = 100)
    private String erasedBy;

    @Column(nullable = false, length = 300)
    private String reason;

    protected DocumentErasure() {}

    public Long getDocumentId() {
        return documentId;
    }

    public LocalDateTime getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public String getReason() {
        return reason;
    }
}
