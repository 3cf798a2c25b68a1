package org.rollcall.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.school.School;

/**
 * An email in the outbox: written first, sent later, never lost while no SMTP server answers. A
 * message that could not be sent waits until {@code nextAttemptAt} (see {@link RetryPolicy}); one
 * the SMTP server refused for good, or that waited past the retry limit, is {@code FAILED}.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    public enum Status {
        PENDING,
        SENT,
        /** Refused for good (a 5xx answer) or still not sent when the retry limit ran out. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "run_id")
    private Long runId;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    private LocalDateTime lastAttemptAt;

    @Column(name = "failed_at")
    private LocalDateTime failedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    // SHA-256 (hex) of what the message is for: unique, so no message is queued twice; names nobody
    @Column(name = "message_key", nullable = false, length = 64)
    private String messageKey;

    protected MailMessage() {}

    MailMessage(
            School school,
            Long runId,
            Document document,
            String recipient,
            String subject,
            String body,
            LocalDateTime createdAt,
            String messageKey) {
        this.messageKey = java.util.Objects.requireNonNull(messageKey, "messageKey");
        this.school = school;
        this.runId = runId;
        this.document = document;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    void markSent(LocalDateTime at) {
        status = Status.SENT;
        attempts++;
        lastError = null;
        sentAt = at;
        lastAttemptAt = at;
        nextAttemptAt = null;
    }

    /** A failed attempt: wait until {@code next}, or without one the message has FAILED for good. */
    void markNotSent(String error, LocalDateTime at, Optional<LocalDateTime> next) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        lastAttemptAt = at;
        nextAttemptAt = next.orElse(null);
        if (next.isEmpty()) {
            status = Status.FAILED;
            failedAt = at;
        }
    }

    /**
     * What the stable Message-ID is made from: the same message, resent after a crash between the
     * SMTP server's acceptance and our commit, carries the same id: it is made from the message's key.
     */
    public String messageIdKey() {
        return getMessageKey();
    }

    /** The key made from what the message is for ({@link #keyOf}); stable across retries and restarts. */
    public static String keyOf(String what) {
        return ContentStore.sha256(what.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Long getId() {
        return id;
    }

    /** 64 hex digits, the same for every attempt to send this message (a stable SMTP Message-ID can be made of it). */
    public String getMessageKey() {
        return messageKey;
    }

    public Document getDocument() {
        return document;
    }

    public School getSchool() {
        return school;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public String getLastError() {
        return lastError;
    }

    public int getAttempts() {
        return attempts;
    }

    public Optional<Long> getRunId() {
        return Optional.ofNullable(runId);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<LocalDateTime> getLastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<LocalDateTime> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<LocalDateTime> getFailedAt() {
        return Optional.ofNullable(failedAt);
    }
}
