package org.rollcall.attendance.pupils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Everything stored about one pupil, row by row, for a subject access export. */
@ApplicationScoped
public class PupilRecordQuery {
    /** An archived document about the pupil (the archive's {@code upn} column). */
    public record DocumentAbout(long id, String kind, String title, String termLabel, String sha256) {}

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /** date, session, code, minutes late: every mark, oldest first. */
    public List<Object[]> marks(long pupilId) {
        return rows(
                "SELECT mark_date, session, code, minutes_late FROM session_mark WHERE pupil_id = ?"
                        + " ORDER BY mark_date, session",
                pupilId);
    }

    /** Every change an import made to a mark: date, session, old, new, when, which import and file. */
    public List<Object[]> markChanges(long pupilId) {
        return rows(
                "SELECT c.mark_date, c.session, c.old_code, c.new_code, c.changed_at, c.import_id, i.file_name"
                        + " FROM mark_change c JOIN import_record i ON i.id = c.import_id WHERE c.pupil_id = ?"
                        + " ORDER BY c.mark_date, c.session, c.changed_at",
                pupilId);
    }

    /** The school's own targets for the pupil: term start, target, set by, set at. */
    public List<Object[]> targets(long pupilId) {
        return rows(
                "SELECT term_start, target, set_by, set_at FROM pupil_target WHERE pupil_id = ? ORDER BY term_start",
                pupilId);
    }

    public List<DocumentAbout> documents(long schoolId, String upn) {
        List<?> rows = em.createNativeQuery("SELECT id, kind, title, term_label, sha256 FROM document"
                        + " WHERE school_id = ? AND upn = ? ORDER BY created_at, id")
                .setParameter(1, schoolId)
                .setParameter(2, upn)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new DocumentAbout(
                        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long pupilId) {
        return (List<Object[]>)
                em.createNativeQuery(sql).setParameter(1, pupilId).getResultList();
    }
}
