package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.rollcall.platform.StoredTime;

/**
 * Who generated, sent, downloaded, erased and read what: the data-protection trail (issue 12), read
 * back through {@link AuditTrailResource}. Subjects name documents, paths and users, never a pupil's
 * name; the pupil is kept by UPN in its own column. When an event happens inside an HTTP request the
 * caller's address is recorded with it; a batch run or the outbox records none.
 */
@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<HttpServletRequest> request;

    @Transactional
    public void record(String actor, String action, String subject) {
        record(AuditEvent.of(actor, action, subject));
    }

    @Transactional
    public void record(AuditEvent event) {
        // the table it writes named, so Hibernate does not treat the insert as touching every entity
        em.createNativeQuery("INSERT INTO audit_event (occurred_at, actor, action, subject, urn, upn, address)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("audit_event")
                .setParameter(1, StoredTime.now(clock))
                .setParameter(2, cut(event.actor(), 100))
                .setParameter(3, cut(event.action(), 40))
                .setParameter(4, cut(event.subject(), 300))
                .setParameter(5, event.urn().orElse(null))
                .setParameter(6, event.upn().orElse(null))
                .setParameter(7, address())
                .executeUpdate();
    }

    private String address() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
