package org.rollcall.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the audit trail back, newest first, a page at a time. */
@ApplicationScoped
public class AuditTrail {
    /** One recorded event. */
    public record Entry(
            long id,
            LocalDateTime occurredAt,
            String actor,
            String action,
            String subject,
            String urn,
            String upn,
            String address) {}

    /** What to look for; {@code schools} empty means every school and the events of no school (admins). */
    public record Search(
            Optional<String> urn,
            Optional<String> user,
            Optional<String> upn,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            Set<String> schools) {}

    public record Page(long total, int page, int size, List<Entry> items) {}

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Page find(Search search, int page, int size) {
        List<Object> values = new ArrayList<>();
        String where = where(search, values);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where);
        Query rows = em.createNativeQuery(
                "SELECT id, occurred_at, actor, action, subject, urn, upn, address FROM audit_event" + where
                        + " ORDER BY occurred_at DESC, id DESC");
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            rows.setParameter(i + 1, values.get(i));
        }
        List<Entry> items = ((List<?>) rows.setFirstResult((page - 1) * size)
                        .setMaxResults(size)
                        .getResultList())
                .stream().map(row -> entry((Object[]) row)).toList();
        return new Page(((Number) count.getSingleResult()).longValue(), page, size, items);
    }

    private static String where(Search search, List<Object> values) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        search.urn().ifPresent(v -> add(where, values, " AND urn = ?", v));
        search.user().ifPresent(v -> add(where, values, " AND actor = ?", v));
        search.upn().ifPresent(v -> add(where, values, " AND upn = ?", v));
        search.from().ifPresent(v -> add(where, values, " AND occurred_at >= ?", v.atStartOfDay()));
        search.to()
                .ifPresent(v ->
                        add(where, values, " AND occurred_at < ?", v.plusDays(1).atStartOfDay()));
        if (!search.schools().isEmpty()) {
            where.append(" AND urn IN (")
                    .append(String.join(
                            ", ", search.schools().stream().map(s -> "?").toList()))
                    .append(")");
            values.addAll(search.schools());
        }
        return where.toString();
    }

    private static void add(StringBuilder where, List<Object> values, String condition, Object value) {
        where.append(condition);
        values.add(value);
    }

    private static Entry entry(Object[] r) {
        LocalDateTime at = r[1] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[1];
        return new Entry(
                ((Number) r[0]).longValue(),
                at,
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7]);
    }
}
