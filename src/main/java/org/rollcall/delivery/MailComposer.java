package org.rollcall.delivery;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.rollcall.platform.Settings;

/** Turns an outbox message into a MIME message with a Message-ID of its own, and hands it to SMTP. */
@ApplicationScoped
public class MailComposer {
    /** Seconds to wait for the SMTP server: a hung server must not hold a claimed row for minutes. */
    private static final String TIMEOUT_MS = "30000";

    @Resource(lookup = "java:jboss/mail/Rollcall")
    Session session;

    @Inject
    DocumentArchive archive;

    public void send(MailMessage message) throws MessagingException {
        MimeMessage mime = compose(message);
        Optional<String> user = Settings.get("ROLLCALL_SMTP_USER");
        if (user.isPresent()) {
            Transport.send(mime, user.get(), Settings.get("ROLLCALL_SMTP_PASSWORD", ""));
        } else {
            Transport.send(mime);
        }
    }

    MimeMessage compose(MailMessage message) throws MessagingException {
        withTimeouts(session);
        MimeMessage mime = new StableIdMessage(session, messageId(message.messageIdKey(), senderDomain()));
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

    /**
     * {@code <hash@domain>}: the same key always gives the same id, and the key (which may name a
     * run and a pupil) is hashed, so no pupil data travels in a header.
     */
    static String messageId(String key, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 20) + ".rollcall@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String senderDomain() {
        String from = Settings.get("ROLLCALL_MAIL_FROM", "rollcall@localhost");
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "localhost" : domain;
    }

    private static void withTimeouts(Session session) {
        for (String protocol : new String[] {"smtp", "smtps"}) {
            session.getProperties().putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
            session.getProperties().putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MS);
            session.getProperties().putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        }
    }

    /** A MIME message whose Message-ID is ours, not the random one Jakarta Mail makes at each save. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
