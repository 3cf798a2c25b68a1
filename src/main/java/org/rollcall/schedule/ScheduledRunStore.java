package org.rollcall.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The runs the schedule has made, one row per school, kind and window (a unique key). A server
 * claims a run by inserting its row; a second insert of the same run fails on that key, on this
 * server or any other, so each run is started once. Each write is its own transaction.
 */
@ApplicationScoped
public class ScheduledRunStore {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /** One run the schedule made (or claimed and is about to start). */
    public record Made(
            Occurrence.RunKey key,
            LocalDate dueOn,
            String claimedBy,
            LocalDateTime claimedAt,
            Optional<Long> runId,
            Optional<String> message) {

        /** Claimed but neither started nor refused since {@code before}: its server died in between. */
        boolean abandonedBefore(LocalDateTime before) {
            return runId.isEmpty() && message.isEmpty() && claimedAt.isBefore(before);
        }
    }

    public List<Made> forSchool(long schoolId) {
        List<?> rows = em.createNativeQuery("SELECT kind, window_from, window_to, due_on, claimed_by, claimed_at,"
                        + " run_id, message FROM scheduled_run WHERE school_id = ? ORDER BY due_on, kind")
                .setParameter(1, schoolId)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Made(
                        new Occurrence.RunKey((String) r[0], StoredValues.date(r[1]), StoredValues.date(r[2])),
                        StoredValues.date(r[3]),
                        (String) r[4],
                        StoredValues.dateTime(r[5]),
                        Optional.ofNullable((Number) r[6]).map(Number::longValue),
                        Optional.ofNullable((String) r[7])))
                .toList();
    }

    /** Inserts the claim; fails with a constraint violation when the run is already claimed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(long schoolId, Occurrence occurrence, String server, LocalDateTime now) {
        em.createNativeQuery("INSERT INTO scheduled_run (school_id, kind, window_from, window_to, due_on,"
                        + " claimed_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, schoolId)
                .setParameter(2, occurrence.entry().kind())
                .setParameter(3, occurrence.from())
                .setParameter(4, occurrence.to())
                .setParameter(5, occurrence.date())
                .setParameter(6, server)
                .setParameter(7, now)
                .executeUpdate();
    }

    /** Takes over a claim abandoned before {@code before}; true for the one server whose update wins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean takeOver(
            long schoolId, Occurrence.RunKey key, String server, LocalDateTime now, LocalDateTime before) {
        return em.createNativeQuery("UPDATE scheduled_run SET claimed_by = ?, claimed_at = ? WHERE school_id = ?"
                                + " AND kind = ? AND window_from = ? AND window_to = ? AND run_id IS NULL"
                                + " AND message IS NULL AND claimed_at < ?")
                        .setParameter(1, server)
                        .setParameter(2, now)
                        .setParameter(3, schoolId)
                        .setParameter(4, key.kind())
                        .setParameter(5, key.from())
                        .setParameter(6, key.to())
                        .setParameter(7, before)
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long schoolId, Occurrence.RunKey key, long runId) {
        record(schoolId, key, "run_id", runId);
    }

    /** The run could not be started (for example a kind this server does not run yet): said once, not retried. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long schoolId, Occurrence.RunKey key, String why) {
        record(schoolId, key, "message", why.length() > 1000 ? why.substring(0, 1000) : why);
    }

    private void record(long schoolId, Occurrence.RunKey key, String column, Object value) {
        em.createNativeQuery("UPDATE scheduled_run SET " + column + " = ? WHERE school_id = ? AND kind = ?"
                        + " AND window_from = ? AND window_to = ?")
                .setParameter(1, value)
                .setParameter(2, schoolId)
                .setParameter(3, key.kind())
                .setParameter(4, key.from())
                .setParameter(5, key.to())
                .executeUpdate();
    }
}
