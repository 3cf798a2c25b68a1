package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.rollcall.platform.StoredTime;

/**
 * The import_record table. An applied import's record is written in the import's own transaction
 * (its mark changes point at it); a refused import's record in a transaction of its own, because
 * the import's transaction is rolled back.
 */
@ApplicationScoped
public class ImportHistory {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    Clock clock;

    /** Opens the record of an import inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportRecord open(long schoolId, ImportKind kind, String fileName, String source, String user) {
        ImportRecord record = new ImportRecord(schoolId, kind, fileName, source, user, StoredTime.now(clock));
        em.persist(record);
        em.flush();
        return record;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long refused(
            long schoolId,
            ImportKind kind,
            String fileName,
            String source,
            String user,
            String sha,
            int errors,
            String detail) {
        ImportRecord record = new ImportRecord(schoolId, kind, fileName, source, user, StoredTime.now(clock));
        record.refused(sha, errors, detail, StoredTime.now(clock));
        em.persist(record);
        em.flush();
        return record.getId();
    }

    /** The marks an import of this school changed, in register order. */
    public List<MarkChange> changes(long schoolId, long importId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT p.upn, c.mark_date, c.session, c.old_code, c.new_code, c.changed_at"
                                + " FROM mark_change c JOIN pupil p ON p.id = c.pupil_id JOIN import_record r ON r.id = c.import_id"
                                + " WHERE c.import_id = ? AND r.school_id = ? ORDER BY p.upn, c.mark_date, c.session")
                .setParameter(1, importId)
                .setParameter(2, schoolId)
                .getResultList();
        return rows.stream()
                .map(r -> new MarkChange(
                        (String) r[0], toDate(r[1]), (String) r[2], (String) r[3], (String) r[4], toTime(r[5])))
                .toList();
    }

    private static java.time.LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    private static java.time.LocalDateTime toTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
    }

    public List<ImportRecord> of(long schoolId, int limit) {
        return em.createQuery(
                        "select r from ImportRecord r where r.schoolId = :school order by r.startedAt desc, r.id desc",
                        ImportRecord.class)
                .setParameter("school", schoolId)
                .setMaxResults(limit)
                .getResultList();
    }
}
