package org.rollcall.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/** A school's schedule in the database, or the defaults while it has set none; and its calendar as term dates. */
@ApplicationScoped
public class ScheduleStore {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    SchoolRepository schools;

    /**
     * @param effectiveFrom when the schedule took effect (UTC): dates before it are not caught up
     * @param defaults true while the school has not set a schedule of its own
     */
    public record Schedule(List<ScheduleEntry> entries, LocalDateTime effectiveFrom, boolean defaults) {}

    /** Inside a transaction: the terms and closures of a year load lazily. */
    @Transactional
    public TermDates termDates(School school) {
        return TermDates.of(schools.academicYears(school));
    }

    public Schedule schedule(School school) {
        Optional<LocalDateTime> saved = em
                .createNativeQuery("SELECT effective_from FROM school_schedule WHERE school_id = ?")
                .setParameter(1, school.getId())
                .getResultList()
                .stream()
                .findFirst()
                .map(StoredValues::dateTime);
        if (saved.isPresent()) {
            return new Schedule(entries(school), saved.get(), false);
        }
        Object created = em.createNativeQuery("SELECT created_at FROM school WHERE id = ?")
                .setParameter(1, school.getId())
                .getSingleResult();
        return new Schedule(DefaultSchedule.ENTRIES, StoredValues.dateTime(created), true);
    }

    /**
     * Replaces the school's schedule. A changed one takes effect now (a school that edits its
     * schedule in March is not sent January's runs); the same one sent again keeps its date.
     */
    @Transactional
    public void replace(School school, List<ScheduleEntry> entries, LocalDateTime now, String by) {
        Schedule current = schedule(school);
        boolean same = !current.defaults() && current.entries().equals(entries);
        em.createNativeQuery("INSERT INTO school_schedule (school_id, effective_from, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE updated_at = VALUES(updated_at),"
                        + " updated_by = VALUES(updated_by)"
                        + (same ? "" : ", effective_from = VALUES(effective_from)"))
                .setParameter(1, school.getId())
                .setParameter(2, now)
                .setParameter(3, now)
                .setParameter(4, by)
                .executeUpdate();
        if (same) {
            return;
        }
        em.createNativeQuery("DELETE FROM school_schedule_entry WHERE school_id = ?")
                .setParameter(1, school.getId())
                .executeUpdate();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry e = entries.get(i);
            em.createNativeQuery("INSERT INTO school_schedule_entry (school_id, position, kind, at_point,"
                            + " offset_school_days, window_kind, term_name) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, school.getId())
                    .setParameter(2, i)
                    .setParameter(3, e.kind())
                    .setParameter(4, e.at().name())
                    .setParameter(5, e.offsetSchoolDays())
                    .setParameter(6, e.window().name())
                    .setParameter(7, e.term().orElse(null))
                    .executeUpdate();
        }
    }

    private List<ScheduleEntry> entries(School school) {
        List<?> rows = em.createNativeQuery("SELECT kind, at_point, offset_school_days, window_kind, term_name"
                        + " FROM school_schedule_entry WHERE school_id = ? ORDER BY position")
                .setParameter(1, school.getId())
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ScheduleEntry(
                        (String) r[0],
                        SchedulePoint.valueOf((String) r[1]),
                        ((Number) r[2]).intValue(),
                        ScheduleWindow.valueOf((String) r[3]),
                        Optional.ofNullable((String) r[4])))
                .toList();
    }
}
