package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rollcall.platform.MultiRowInsert;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/**
 * The outbox table: queue a message, find what is due, claim one row for sending, count a run's
 * messages by status.
 */
@ApplicationScoped
public class MailOutbox {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    /** A run's messages: sent, waiting (pending) and failed for good. */
    public record Counts(long sent, long pending, long failed) {}

    /** Most ids one look at the outbox takes; the sender looks again until nothing is due. */
    static final int DUE_BATCH = 1000;

    @Transactional
    public MailMessage queue(
            School school, Long runId, Document document, String recipient, String subject, String body) {
        // a one-off message (a letter): its key only has to be unique
        MailMessage message = new MailMessage(
                school,
                runId,
                document,
                recipient,
                subject,
                body,
                StoredTime.now(clock),
                MailMessage.keyOf("once:" + UUID.randomUUID()));
        em.persist(message);
        return message;
    }

    /**
     * Queues many messages in one transaction (a run's chunk of letters), skipping each whose key is
     * queued already, so a repeated chunk queues nothing twice. Returns how many it queued.
     */
    @Transactional
    public int queueAll(School school, Long runId, List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return 0;
        }
        Set<String> queued = new HashSet<>(em.createQuery(
                        "select m.messageKey from MailMessage m where m.messageKey in :keys", String.class)
                .setParameter(
                        "keys", mails.stream().map(OutgoingMail::messageKey).toList())
                .getResultList());
        LocalDateTime now = StoredTime.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (OutgoingMail m : mails) {
            if (queued.add(m.messageKey())) {
                rows.add(new Object[] {
                    school.getId(),
                    runId,
                    m.document() == null ? null : m.document().getId(),
                    m.recipient(),
                    m.subject(),
                    m.body(),
                    MailMessage.Status.PENDING.name(),
                    0,
                    now,
                    m.messageKey()
                });
            }
        }
        // one statement for a chunk's messages (see MultiRowInsert): a run queues one per email contact
        MultiRowInsert.into(em, "mail_message", MAIL_COLUMNS, rows);
        return rows.size();
    }

    private static final List<String> MAIL_COLUMNS = List.of(
            "school_id",
            "run_id",
            "document_id",
            "recipient",
            "subject",
            "body",
            "status",
            "attempts",
            "created_at",
            "message_key");

    /** Pending messages whose next attempt has come (or that were never tried), oldest first. */
    public List<Long> dueIds(LocalDateTime now) {
        return em.createQuery(
                        "select m.id from MailMessage m where m.status = :pending"
                                + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id",
                        Long.class)
                .setParameter("pending", MailMessage.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(DUE_BATCH)
                .getResultList();
    }

    /**
     * Locks a pending row for this transaction, or answers false at once when another server (or
     * thread) holds it or it is no longer pending: the lock, not a flag, keeps two servers from
     * sending one message, and a crashed server's lock ends with its connection.
     */
    public boolean claim(long id) {
        return !em.createNativeQuery(
                        "SELECT id FROM mail_message WHERE id = ? AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    /** Makes every pending message of these schools (of every school, for none given) due now; how many. */
    @Transactional
    public int makeDueNow(Optional<Set<String>> schools) {
        if (schools.map(Set::isEmpty).orElse(false)) {
            return 0;
        }
        Set<String> urns = schools.orElse(Set.of());
        String scope = urns.isEmpty() ? "" : " and m.school.id in (select s.id from School s where s.urn in :urns)";
        var update = em.createQuery("update MailMessage m set m.nextAttemptAt = :now where m.status = :pending" + scope)
                .setParameter("now", StoredTime.now(clock))
                .setParameter("pending", MailMessage.Status.PENDING);
        if (!urns.isEmpty()) {
            update.setParameter("urns", urns);
        }
        return update.executeUpdate();
    }

    public Counts countsForRun(long runId) {
        List<Object[]> rows = em.createQuery(
                        "select m.status, count(m) from MailMessage m where m.runId = :run group by m.status",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList();
        long sent = 0;
        long pending = 0;
        long failed = 0;
        for (Object[] row : rows) {
            switch ((MailMessage.Status) row[0]) {
                case SENT -> sent = (Long) row[1];
                case FAILED -> failed = (Long) row[1];
                case PENDING -> pending = (Long) row[1];
            }
        }
        return new Counts(sent, pending, failed);
    }
}
