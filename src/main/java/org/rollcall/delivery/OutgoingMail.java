package org.rollcall.delivery;

import java.util.Objects;

/**
 * One email to queue: to whom, what it says, the archived document it carries, and what it is for
 * ({@code run:12:pupil:...:to:...}), from which its unique message key is made.
 */
public record OutgoingMail(String recipient, String subject, String body, Document document, String purpose) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(purpose, "purpose");
    }

    public String messageKey() {
        return MailMessage.keyOf(purpose);
    }
}
