package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/** The outbox table: queue a message, find what still waits, count a run's messages by status. */
@ApplicationScoped
public class MailOutbox {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    public record Counts(long sent, long pending) {}

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
        School managed = em.getReference(School.class, school.getId());
        int added = 0;
        for (OutgoingMail m : mails) {
            if (queued.add(m.messageKey())) {
                em.persist(new MailMessage(
                        managed,
                        runId,
                        m.document(),
                        m.recipient(),
                        m.subject(),
                        m.body(),
                        StoredTime.now(clock),
                        m.messageKey()));
                added++;
            }
        }
        return added;
    }

    public List<Long> pendingIds() {
        return em.createQuery("select m.id from MailMessage m where m.status = :pending order by m.id", Long.class)
                .setParameter("pending", MailMessage.Status.PENDING)
                .getResultList();
    }

    public Counts countsForRun(long runId) {
        List<Object[]> rows = em.createQuery(
                        "select m.status, count(m) from MailMessage m where m.runId = :run group by m.status",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList();
        long sent = 0;
        long pending = 0;
        for (Object[] row : rows) {
            if (row[0] == MailMessage.Status.SENT) {
                sent = (Long) row[1];
            } else {
                pending = (Long) row[1];
            }
        }
        return new Counts(sent, pending);
    }
}
