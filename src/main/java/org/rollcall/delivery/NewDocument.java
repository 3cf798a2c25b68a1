package org.rollcall.delivery;

import java.time.LocalDate;
import java.util.Objects;

/** A document about to be archived: what it is, whom it is about, and its bytes. */
public record NewDocument(
        String kind,
        String title,
        String termLabel,
        LocalDate from,
        LocalDate to,
        DocumentSubject subject,
        byte[] pdf) {

    public NewDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(termLabel, "termLabel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pdf, "pdf");
    }
}
