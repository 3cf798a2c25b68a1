package org.rollcall.delivery;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.StoredTime;

/**
 * Sends the outbox through WildFly's mail session, every minute and whenever a run has queued
 * mail or someone asked to retry. Without ROLLCALL_SMTP_HOST nothing is attempted and the mail
 * waits. Each message is claimed by a row lock before it is sent ({@link OutboxDelivery}), so
 * several servers on one database share the outbox without sending a message twice; a failure
 * waits as {@link RetryPolicy} says, a permanent refusal fails at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    Clock clock;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxDelivery delivery;

    private final ReentrantLock sending = new ReentrantLock();

    /** Set when a pass was asked for while one was running: the running one looks again. */
    private final AtomicBoolean askedAgain = new AtomicBoolean();

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

    /** Sends every due message; one transaction each, so one bad address holds up nothing else. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendPending() {
        if (!SmtpSettings.configured()) {
            return 0;
        }
        if (!sending.tryLock()) {
            askedAgain.set(true);
            return 0;
        }
        try {
            int sent = passes();
            if (sent > 0) {
                LOG.info("Outbox: " + sent + (sent == 1 ? " message" : " messages") + " sent");
            }
            return sent;
        } finally {
            sending.unlock();
        }
    }

    /** Looks again until nothing new is due: a message tried once in this pass waits for the next. */
    private int passes() {
        int sent = 0;
        Set<Long> tried = new HashSet<>();
        List<Long> due;
        do {
            if (askedAgain.getAndSet(false)) {
                tried.clear();
            }
            due = outbox.dueIds(StoredTime.now(clock)).stream()
                    .filter(tried::add)
                    .toList();
            for (Long id : due) {
                sent += sendOne(id) ? 1 : 0;
            }
        } while (!due.isEmpty() || askedAgain.get());
        return sent;
    }

    private boolean sendOne(long id) {
        try {
            return delivery.sendOne(id);
        } catch (RuntimeException e) {
            // the database, not the SMTP server: leave the row as it was and go on with the next
            LOG.log(Level.WARNING, "Outbox: message " + id + " could not be recorded", e);
            return false;
        }
    }
}
