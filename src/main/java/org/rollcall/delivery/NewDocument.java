package org.rollcall.delivery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document about to be archived: what it is, whom it is about, its bytes and their content type,
 * and (for a run's output) the key of what it is for, so the same output is never archived twice; and, when
 * the caller has put the bytes in the {@link ContentStore} already, the SHA-256 they are stored under (a run's
 * workers store each printout as they make it, so the chunk need not hash 90 KB a printout again).
 */
public record NewDocument(
        String kind,
        String title,
        String termLabel,
        LocalDate from,
        LocalDate to,
        DocumentSubject subject,
        byte[] pdf,
        String contentType,
        Optional<String> outputKey,
        Optional<String> storedAs) {

    public NewDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(termLabel, "termLabel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(outputKey, "outputKey");
        Objects.requireNonNull(storedAs, "storedAs");
    }

    /** A PDF made outside a run (no output key). */
    public NewDocument(
            String kind,
            String title,
            String termLabel,
            LocalDate from,
            LocalDate to,
            DocumentSubject subject,
            byte[] pdf) {
        this(kind, title, termLabel, from, to, subject, pdf, DocumentArchive.PDF, Optional.empty(), Optional.empty());
    }

    /** The same document, keyed by what it is for (e.g. {@code run:12:pupil:A123...}). */
    public NewDocument keyed(String key) {
        return new NewDocument(kind, title, termLabel, from, to, subject, pdf, contentType, Optional.of(key), storedAs);
    }

    /** The same document with other bytes' content type (a Word file). */
    public NewDocument typed(String type) {
        return new NewDocument(kind, title, termLabel, from, to, subject, pdf, type, outputKey, Optional.empty());
    }

    /** The same document, its bytes already in the content store under this SHA-256 (as {@link ContentStore#put} gave it). */
    public NewDocument storedAs(String sha256) {
        return new NewDocument(
                kind, title, termLabel, from, to, subject, pdf, contentType, outputKey, Optional.of(sha256));
    }
}
