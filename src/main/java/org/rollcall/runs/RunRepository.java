package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Progress while the run goes; its own transaction, so a poll sees it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long runId, int done, int total) {
        em.createQuery("update ReportRun r set r.progressDone = :done, r.progressTotal = :total where r.id = :id")
                .setParameter("done", done)
                .setParameter("total", total)
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
        var insert = em.createNativeQuery(sql.toString());
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

    @Transactional
    public void attach(long runId, Document document) {
        em.find(ReportRun.class, runId).addDocument(em.merge(document));
    }
}
