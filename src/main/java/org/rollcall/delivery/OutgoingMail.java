package org.rollcall.delivery;

import java.util.Objects;

/** One email to queue: to whom, what it says, and the archived document it carries. */
public record OutgoingMail(String recipient, String subject, String body, Document document) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
