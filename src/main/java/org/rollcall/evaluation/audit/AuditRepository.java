package org.rollcall.evaluation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.framework.FrameworkItem;
import org.rollcall.school.School;

/** Rounds, respondents, responses and agreed scores in the database. */
@ApplicationScoped
public class AuditRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<AuditRound> find(long roundId) {
        return Optional.ofNullable(em.find(AuditRound.class, roundId));
    }

    public List<AuditRound> rounds(School school) {
        return em.createQuery(
                        "select r from AuditRound r where r.school = :school order by r.heldOn desc, r.id desc",
                        AuditRound.class)
                .setParameter("school", school)
                .getResultList();
    }

    /** The closed round of the same framework (any version) at the same school that came just before this one. */
    public Optional<AuditRound> previousClosed(AuditRound round) {
        return em.createQuery(
                        "select r from AuditRound r where r.school = :school and r.framework.key = :key"
                                + " and r.status = :closed and r.id <> :id"
                                + " and (r.heldOn < :heldOn or (r.heldOn = :heldOn and r.id < :id))"
                                + " order by r.heldOn desc, r.id desc",
                        AuditRound.class)
                .setParameter("school", round.getSchool())
                .setParameter("key", round.getFramework().getKey())
                .setParameter("closed", RoundStatus.CLOSED)
                .setParameter("id", round.getId())
                .setParameter("heldOn", round.getHeldOn())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The most recent closed round of a framework (any version) at a school. */
    public Optional<AuditRound> latestClosed(School school, String frameworkKey) {
        return em.createQuery(
                        "select r from AuditRound r where r.school = :school and r.framework.key = :key"
                                + " and r.status = :closed order by r.heldOn desc, r.id desc",
                        AuditRound.class)
                .setParameter("school", school)
                .setParameter("key", frameworkKey)
                .setParameter("closed", RoundStatus.CLOSED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public List<Respondent> respondents(AuditRound round) {
        return em.createQuery("select p from Respondent p where p.round = :round order by p.id", Respondent.class)
                .setParameter("round", round)
                .getResultList();
    }

    public List<Response> responses(AuditRound round) {
        return em.createQuery(
                        "select s from Response s where s.respondent.round = :round"
                                + " order by s.item.position, s.respondent.id",
                        Response.class)
                .setParameter("round", round)
                .getResultList();
    }

    public Optional<Response> response(Respondent respondent, FrameworkItem item) {
        return em.createQuery(
                        "select s from Response s where s.respondent = :respondent and s.item = :item", Response.class)
                .setParameter("respondent", respondent)
                .setParameter("item", item)
                .getResultStream()
                .findFirst();
    }

    public List<AgreedScore> agreedScores(AuditRound round) {
        return em.createQuery(
                        "select a from AgreedScore a where a.round = :round order by a.item.position",
                        AgreedScore.class)
                .setParameter("round", round)
                .getResultList();
    }

    public Optional<AgreedScore> agreedScore(AuditRound round, FrameworkItem item) {
        return em.createQuery(
                        "select a from AgreedScore a where a.round = :round and a.item = :item", AgreedScore.class)
                .setParameter("round", round)
                .setParameter("item", item)
                .getResultStream()
                .findFirst();
    }
}
