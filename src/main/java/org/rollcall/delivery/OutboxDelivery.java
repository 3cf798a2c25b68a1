package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;

/**
 * Sends one outbox message in a transaction of its own: claim the row, send, record the outcome.
 * The row stays locked while the SMTP server is talked to, so no other server can send it too.
 */
@ApplicationScoped
public class OutboxDelivery {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailOutbox outbox;

    @Inject
    MailComposer composer;

    @Inject
    AuditLog audit;

    @Inject
    RollcallSettings settings;

    /** Whether this call sent the message (false: someone else has it, it is no longer pending, or it failed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendOne(long id) {
        if (!outbox.claim(id)) {
            return false;
        }
        MailMessage message = em.find(MailMessage.class, id);
        try {
            composer.send(message);
        } catch (MessagingException | RuntimeException e) {
            notSent(message, SmtpFailure.of(e));
            return false;
        }
        message.markSent(StoredTime.now(clock));
        audit.record(AuditEvent.of("rollcall", "SENT", "message " + id + " with document " + documentId(message))
                .school(message.getSchool().getUrn()));
        return true;
    }

    private void notSent(MailMessage message, SmtpFailure failure) {
        LocalDateTime now = StoredTime.now(clock);
        Optional<LocalDateTime> next = failure.permanent()
                ? Optional.empty()
                : RetryPolicy.withLimit(settings.mailRetryLimit())
                        .nextAttempt(message.getCreatedAt(), message.getAttempts() + 1, now);
        message.markNotSent(failure.reason(), now, next);
        // the reason names an address at most (the SMTP server's words), never a pupil
        if (next.isPresent()) {
            LOG.warning(() -> "Outbox: message " + message.getId() + " not sent (attempt " + message.getAttempts()
                    + "), next try at " + next.get() + " UTC: " + failure.reason());
        } else {
            LOG.warning(() -> "Outbox: message " + message.getId() + " FAILED after " + message.getAttempts()
                    + (message.getAttempts() == 1 ? " attempt: " : " attempts: ") + failure.reason());
            audit.record(AuditEvent.of("rollcall", "MAIL_FAILED", "message " + message.getId())
                    .school(message.getSchool().getUrn()));
        }
    }

    private static String documentId(MailMessage message) {
        return message.getDocument() == null
                ? "none"
                : String.valueOf(message.getDocument().getId());
    }
}
