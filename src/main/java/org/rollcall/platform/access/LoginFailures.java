package org.rollcall.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.platform.StoredTime;

/**
 * Failed logins in a row per user name (table {@code login_failure}), kept in the database so a
 * restart or a second server does not reset them. A failure older than an hour starts the count again.
 */
@ApplicationScoped
public class LoginFailures {
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public int count(String username) {
        LocalDateTime since = StoredTime.now(clock).minus(FORGOTTEN_AFTER);
        List<?> rows = em.createNativeQuery(
                        "SELECT failures FROM login_failure WHERE username = ? AND last_failed >= ?")
                .setParameter(1, username)
                .setParameter(2, since)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Counts one more failure and answers the new count. */
    @Transactional
    public int failed(String username, String address) {
        int failures = count(username) + 1;
        em.createNativeQuery(
                        "INSERT INTO login_failure (username, failures, last_failed, last_address) VALUES (?, ?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE failures = VALUES(failures), last_failed = VALUES(last_failed),"
                                + " last_address = VALUES(last_address)")
                .setParameter(1, username)
                .setParameter(2, failures)
                .setParameter(3, StoredTime.now(clock))
                .setParameter(4, address)
                .executeUpdate();
        return failures;
    }

    @Transactional
    public void succeeded(String username) {
        em.createNativeQuery("DELETE FROM login_failure WHERE username = ?")
                .setParameter(1, username)
                .executeUpdate();
    }
}
