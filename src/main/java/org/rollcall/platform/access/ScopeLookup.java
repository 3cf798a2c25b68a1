package org.rollcall.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The facts a scope check needs: which school owns a round or a run, and a pupil's form and year group. */
@ApplicationScoped
public class ScopeLookup {
    /** Where a pupil sits in the school: what a tutor's grant is matched against. */
    public record Placement(String form, String yearGroup) {}

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<String> schoolOfRound(long roundId) {
        return single("SELECT s.urn FROM audit_round r JOIN school s ON s.id = r.school_id WHERE r.id = ?", roundId);
    }

    public Optional<String> schoolOfRun(long runId) {
        return single("SELECT s.urn FROM report_run r JOIN school s ON s.id = r.school_id WHERE r.id = ?", runId);
    }

    public Optional<Placement> placement(String urn, String upn) {
        List<?> rows = em.createNativeQuery(
                        "SELECT p.form, p.year_group FROM pupil p JOIN school s ON s.id = p.school_id"
                                + " WHERE s.urn = ? AND p.upn = ?")
                .setParameter(1, urn)
                .setParameter(2, upn)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new Placement(String.valueOf(cells[0]), String.valueOf(cells[1]));
        });
    }

    /** A form or year group the school's staff list assigns to a user (by {@code username}): its staff data is theirs. */
    public record StaffGroup(String urn, String kind, String value) {}

    public Set<StaffGroup> staffGroups(String username) {
        List<?> rows = em.createNativeQuery("SELECT s.urn, a.kind, a.value FROM staff_member m"
                        + " JOIN school s ON s.id = m.school_id JOIN staff_assignment a ON a.staff_id = m.id"
                        + " WHERE m.username = ?")
                .setParameter(1, username)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new StaffGroup((String) r[0], (String) r[1], (String) r[2]))
                .collect(java.util.stream.Collectors.toSet());
    }

    private Optional<String> single(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList().stream()
                .findFirst()
                .map(String::valueOf);
    }
}
