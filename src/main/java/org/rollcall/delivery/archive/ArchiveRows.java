package org.rollcall.delivery.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The archive's rows as erasure and verify read them, by SQL: live documents (no tombstone) of a kind
 * created before a date, erased ones, and which documents hold a SHA-256. {@code schools} empty means
 * every school (an admin, or the daily job).
 */
@ApplicationScoped
public class ArchiveRows {
    private static final String LIVE = "SELECT d.id, d.kind, s.urn, d.upn, d.created_at, d.sha256 FROM document d"
            + " JOIN school s ON s.id = d.school_id"
            + " WHERE NOT EXISTS (SELECT 1 FROM document_erasure e WHERE e.document_id = d.id)";

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /** Live documents of these kinds (or, {@code except}, of any other kind) created before the cut-off. */
    public List<ArchivedDocument> createdBefore(
            Set<String> kinds, boolean except, LocalDateTime cutOff, Set<String> schools) {
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder(LIVE).append(" AND d.created_at < ?");
        values.add(cutOff);
        sql.append(except ? " AND d.kind NOT IN (" : " AND d.kind IN (")
                .append(marks(kinds.size()))
                .append(")");
        values.addAll(kinds);
        return documents(sql, values, schools);
    }

    /** Every live document of these schools, for verify. */
    public List<ArchivedDocument> live(Set<String> schools) {
        return documents(new StringBuilder(LIVE), new ArrayList<>(), schools);
    }

    /** The distinct SHA-256s of erased documents of these schools: files the erasure may still have to delete. */
    @SuppressWarnings("unchecked")
    public List<String> erasedShas(Set<String> schools) {
        StringBuilder sql =
                new StringBuilder("SELECT DISTINCT d.sha256 FROM document d JOIN school s ON s.id = d.school_id"
                        + " JOIN document_erasure e ON e.document_id = d.id WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        inSchools(sql, values, schools);
        return (List<String>) bind(em.createNativeQuery(sql.toString()), values).getResultList();
    }

    /** Every SHA-256 any row holds, live or erased: a file under another name belongs to no document. */
    @SuppressWarnings("unchecked")
    public Set<String> allShas() {
        return Set.copyOf(
                em.createNativeQuery("SELECT DISTINCT sha256 FROM document").getResultList());
    }

    private List<ArchivedDocument> documents(StringBuilder sql, List<Object> values, Set<String> schools) {
        inSchools(sql, values, schools);
        sql.append(" ORDER BY d.id");
        List<?> rows = bind(em.createNativeQuery(sql.toString()), values).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).toList();
    }

    private static void inSchools(StringBuilder sql, List<Object> values, Set<String> schools) {
        if (!schools.isEmpty()) {
            sql.append(" AND s.urn IN (").append(marks(schools.size())).append(")");
            values.addAll(schools);
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static String marks(int count) {
        return count == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static ArchivedDocument row(Object[] r) {
        LocalDateTime created = r[4] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[4];
        return new ArchivedDocument(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                Optional.ofNullable((String) r[3]),
                created,
                (String) r[5]);
    }
}
