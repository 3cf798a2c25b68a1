package org.rollcall.evaluation.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.audit.AuditRound;
import org.rollcall.school.School;

/** Actions and their progress notes in the database. */
@ApplicationScoped
public class ActionPlanRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public List<PlanAction> actions(AuditRound round) {
        return em.createQuery(
                        "select a from PlanAction a where a.round = :round order by a.dueOn, a.id", PlanAction.class)
                .setParameter("round", round)
                .getResultList();
    }

    /** Every action of every round at a school, oldest due first: plans outlive the round that made them. */
    public List<PlanAction> actions(School school) {
        return em.createQuery(
                        "select a from PlanAction a where a.round.school = :school order by a.dueOn, a.id",
                        PlanAction.class)
                .setParameter("school", school)
                .getResultList();
    }

    /** The action, if it belongs to this round. */
    public Optional<PlanAction> find(AuditRound round, long actionId) {
        return Optional.ofNullable(em.find(PlanAction.class, actionId))
                .filter(a -> a.getRound().getId().equals(round.getId()));
    }

    public void add(Object entity) {
        em.persist(entity);
    }
}
