package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pages through the outbox for the people who watch it, newest first, filtered by status, run and school. */
@ApplicationScoped
public class OutboxQuery {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /**
     * @param schools the URNs the caller may see; empty for every school (an admin)
     */
    public record Filter(Optional<MailMessage.Status> status, Optional<Long> runId, Optional<Set<String>> schools) {}

    public record Page(long total, List<MailMessage> items) {}

    public Page page(Filter filter, int page, int size) {
        if (filter.schools().map(Set::isEmpty).orElse(false)) {
            return new Page(0, List.of());
        }
        String where = where(filter);
        long total = bind(em.createQuery("select count(m) from MailMessage m" + where, Long.class), filter)
                .getSingleResult();
        List<MailMessage> items = bind(
                        em.createQuery(
                                "select m from MailMessage m join fetch m.school" + where + " order by m.id desc",
                                MailMessage.class),
                        filter)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page(total, items);
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filter.status().ifPresent(s -> where.append(" and m.status = :status"));
        filter.runId().ifPresent(r -> where.append(" and m.runId = :runId"));
        filter.schools().ifPresent(s -> where.append(" and m.school.urn in :urns"));
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
        filter.status().ifPresent(s -> query.setParameter("status", s));
        filter.runId().ifPresent(r -> query.setParameter("runId", r));
        filter.schools().ifPresent(s -> query.setParameter("urns", s));
        return query;
    }
}
