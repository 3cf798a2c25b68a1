package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.rollcall.delivery.Document;

/** Report runs in the database; each change of state is its own transaction, so status is visible at once. */
@ApplicationScoped
public class RunRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<ReportRun> find(long id) {
        return Optional.ofNullable(em.find(ReportRun.class, id));
    }

    @Transactional
    public ReportRun add(ReportRun run) {
        em.persist(run);
        return run;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(long id, Consumer<ReportRun> change) {
        change.accept(em.find(ReportRun.class, id));
    }

    /**
     * Progress while the run goes, in the chunk's own transaction (a new one would wait for the lock
     * that the chunk's links to the run hold); a poll sees it when the chunk commits.
     */
    @Transactional
    public void progress(long runId, int done, int total) {
        em.createQuery("update ReportRun r set r.progressDone = :done, r.progressTotal = :total where r.id = :id")
                .setParameter("done", done)
                .setParameter("total", total)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /** How many items the run has (its progress so far stays: a resumed run goes on from there). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void total(long runId, int total) {
        em.createQuery("update ReportRun r set r.progressTotal = :total where r.id = :id")
                .setParameter("total", total)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /**
     * Claims a run for this server: only if its owner and status are still what the caller saw, so
     * of two servers that both saw it, exactly one gets true. A claimed run is QUEUED again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(long runId, String seenOwner, RunStatus seenStatus, String owner) {
        return em.createQuery("update ReportRun r set r.owner = :owner, r.status = :queued"
                                + " where r.id = :id and r.status = :seen and"
                                + " (r.owner = :seenOwner or (r.owner is null and :seenOwner is null))")
                        .setParameter("owner", owner)
                        .setParameter("queued", RunStatus.QUEUED)
                        .setParameter("id", runId)
                        .setParameter("seen", seenStatus)
                        .setParameter("seenOwner", seenOwner)
                        .executeUpdate()
                == 1;
    }

    /** Runs not finished that some server's earlier life owned (the caller decides which are its own). */
    public List<ReportRun> unfinished() {
        return em.createQuery(
                        "select r from ReportRun r where r.status in :open and r.owner is not null order by r.id",
                        ReportRun.class)
                .setParameter("open", List.of(RunStatus.QUEUED, RunStatus.RUNNING))
                .getResultList();
    }

    /** The job execution that now carries the run (after a restart). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void executing(long runId, long executionId) {
        em.createQuery("update ReportRun r set r.jobExecutionId = :execution where r.id = :id")
                .setParameter("execution", executionId)
                .setParameter("id", runId)
                .executeUpdate();
    }

    /** Attaches a chunk of documents with one statement (not through the run's list, which would load them all). */
    @Transactional
    public void attachAll(long runId, List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO report_run_document (run_id, document_id) VALUES ");
        for (int i = 0; i < documents.size(); i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        // the table named: a native statement without it counts as touching every entity, and Hibernate then
        // prepares a cleanup of every entity and collection for it
        var insert = em.createNativeQuery(sql.toString())
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("report_run_document");
        for (int i = 0; i < documents.size(); i++) {
            insert.setParameter(2 * i + 1, runId)
                    .setParameter(2 * i + 2, documents.get(i).getId());
        }
        insert.executeUpdate();
    }

    /** A page of the run's documents in the order they were made. */
    public List<Document> documents(long runId, int page, int size) {
        return em.createQuery(
                        "select d from ReportRun r join r.documents d where r.id = :id order by d.id", Document.class)
                .setParameter("id", runId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** The ids of the run's documents in the order they were made. */
    public List<Long> documentIds(long runId) {
        return em.createQuery(
                        "select d.id from ReportRun r join r.documents d where r.id = :id order by d.id", Long.class)
                .setParameter("id", runId)
                .getResultList();
    }

    /** How many documents of each kind the run has made, by kind. */
    public Map<String, Long> documentCounts(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        em.createQuery(
                        "select d.kind, count(d) from ReportRun r join r.documents d where r.id = :id group by d.kind",
                        Object[].class)
                .setParameter("id", runId)
                .getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    /** What {@code GET /runs} asks for; an absent school set means every school (an admin). */
    public record RunFilter(
            Optional<String> urn, Optional<RunKind> kind, Optional<RunStatus> status, Optional<Set<String>> schools) {}

    /** A page of runs, newest first, and how many match in all. */
    public record RunPage(long total, List<ReportRun> runs) {}

    public RunPage page(RunFilter filter, int page, int size) {
        String where = " where (:urn is null or r.school.urn = :urn) and (:kind is null or r.kind = :kind)"
                + " and (:status is null or r.status = :status)"
                + (filter.schools().isPresent() ? " and r.school.urn in :schools" : "");
        if (filter.schools().filter(Set::isEmpty).isPresent()) {
            return new RunPage(0, List.of());
        }
        var count = em.createQuery("select count(r) from ReportRun r" + where, Long.class);
        var select = em.createQuery("select r from ReportRun r" + where + " order by r.id desc", ReportRun.class);
        for (var query : List.<jakarta.persistence.Query>of(count, select)) {
            query.setParameter("urn", filter.urn().orElse(null))
                    .setParameter("kind", filter.kind().orElse(null))
                    .setParameter("status", filter.status().orElse(null));
            filter.schools().ifPresent(s -> query.setParameter("schools", s));
        }
        List<ReportRun> runs =
                select.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new RunPage(count.getSingleResult(), runs);
    }
}
