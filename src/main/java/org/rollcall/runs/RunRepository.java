package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
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

    @Transactional
    public void attach(long runId, Document document) {
        em.find(ReportRun.class, runId).addDocument(em.merge(document));
    }
}
