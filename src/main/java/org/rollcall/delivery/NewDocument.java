package org.rollcall.delivery;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document about to be archived: what it is, whom it is about, its bytes and their content type,
 * and (for a run's output) the key of what it is for, so the same output is never archived twice. When the
 * caller has put the bytes in the {@link ContentStore} already, it gives where ({@link #stored()}) instead of the
 * bytes: a run's workers store each printout as they make it, so its chunk neither hashes 90 KB a printout
 * again nor holds a hundred PDFs until it commits (they lived long enough to be copied into the old generation,
 * some 20 MB at every young collection of a printout run, read from the server's GC log).
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
        Optional<StoredContent> stored) {

    /** Bytes already in the content store: their SHA-256 (as {@link ContentStore#put} gave it) and length. */
    public record StoredContent(String sha256, long size) {
        public StoredContent {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public NewDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(termLabel, "termLabel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(outputKey, "outputKey");
        Objects.requireNonNull(stored, "stored");
        if ((pdf == null) == stored.isEmpty()) {
            throw new IllegalArgumentException(
                    "A new document has either its bytes or where they are stored: " + title);
        }
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
        this(
                kind,
                title,
                termLabel,
                from,
                to,
                subject,
                Objects.requireNonNull(pdf, "pdf"),
                DocumentArchive.PDF,
                Optional.empty(),
                Optional.empty());
    }

    /** The same document, keyed by what it is for (e.g. {@code run:12:pupil:A123...}). */
    public NewDocument keyed(String key) {
        return new NewDocument(kind, title, termLabel, from, to, subject, pdf, contentType, Optional.of(key), stored);
    }

    /** The same document with other bytes' content type (a Word file). */
    public NewDocument typed(String type) {
        return new NewDocument(kind, title, termLabel, from, to, subject, pdf, type, outputKey, stored);
    }

    /** The length of the document's bytes. */
    public long sizeBytes() {
        return stored.map(StoredContent::size).orElseGet(() -> (long) pdf.length);
    }
}
