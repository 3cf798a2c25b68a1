package org.rollcall.delivery;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.rollcall.platform.Settings;
import org.rollcall.platform.StoredTime;

/**
 * Sends the outbox through WildFly's mail session, every minute and whenever a run has queued
 * mail. Without ROLLCALL_SMTP_HOST nothing is attempted and the mail waits; a failed send stays
 * pending with its error and is tried again at the next pass.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    Clock clock;

    private final ReentrantLock sending = new ReentrantLock();

    @Resource(lookup = "java:jboss/mail/Rollcall")
    Session session;

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    DocumentArchive archive;

    @Inject
    AuditLog audit;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        sendPending();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendSoon() {
        sendPending();
    }

    /** One pass over the outbox; one message per transaction, so one bad address holds up nothing else. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendPending() {
        if (!SmtpSettings.configured() || !sending.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            for (Long id : outbox.pendingIds()) {
                if (self().sendOne(id)) {
                    sent++;
                }
            }
            if (sent > 0) {
                String summary = "Outbox: " + sentCount(sent) + " sent";
                LOG.info(summary);
            }
            return sent;
        } finally {
            sending.unlock();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(long id) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null || message.getStatus() != MailMessage.Status.PENDING) {
            return false;
        }
        try {
            MimeMessage mime = compose(message);
            Optional<String> user = Settings.get("ROLLCALL_SMTP_USER");
            if (user.isPresent()) {
                Transport.send(mime, user.get(), Settings.get("ROLLCALL_SMTP_PASSWORD", ""));
            } else {
                Transport.send(mime);
            }
            message.markSent(StoredTime.now(clock));
            audit.record(AuditEvent.of(
                            "rollcall",
                            "SENT",
                            "message " + id + " with document "
                                    + (message.getDocument() == null
                                            ? "none"
                                            : message.getDocument().getId()))
                    .school(
                            message.getSchool() == null
                                    ? null
                                    : message.getSchool().getUrn()));
            return true;
        } catch (MessagingException | RuntimeException e) {
            message.markFailed(e.getMessage());
            LOG.warning(() -> "Outbox: message " + id + " not sent yet: " + e.getMessage());
            return false;
        }
    }

    private MimeMessage compose(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBody(), "UTF-8");
        MimeMultipart parts = new MimeMultipart(text);
        Document document = message.getDocument();
        if (document != null) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(archive.content(document), DocumentArchive.PDF)));
            attachment.setFileName(document.fileName());
            parts.addBodyPart(attachment);
        }
        mime.setContent(parts);
        return mime;
    }

    private MailSender self() {
        return jakarta.enterprise
                .inject
                .spi
                .CDI
                .current()
                .select(MailSender.class)
                .get();
    }

    private static String sentCount(int n) {
        return n + (n == 1 ? " message" : " messages");
    }
}
