package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.rollcall.platform.StoredTime;

/** Who generated, sent and downloaded what: the data-protection trail. Subjects name documents, never pupils. */
@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public void record(String actor, String action, String subject) {
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor, action, subject) VALUES (?, ?, ?, ?)")
                .setParameter(1, StoredTime.now(clock))
                .setParameter(2, actor)
                .setParameter(3, action)
                .setParameter(4, subject.length() > 300 ? subject.substring(0, 300) : subject)
                .executeUpdate();
    }
}
