package org.rollcall.casework.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.Pupil;
import org.rollcall.casework.InterventionType;
import org.rollcall.school.School;

/** Interventions and the pupils they belong to, in the database. */
@ApplicationScoped
public class InterventionRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<Pupil> pupil(School school, String upn) {
        return em.createQuery("select p from Pupil p where p.school = :school and p.upn = :upn", Pupil.class)
                .setParameter("school", school)
                .setParameter("upn", upn)
                .getResultStream()
                .findFirst();
    }

    /** Each pupil's name ("Forename Surname") by UPN, in one query. */
    public java.util.Map<String, String> names(School school) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select p.upn, p.forename, p.surname from Pupil p where p.school = :school", Object[].class)
                .setParameter("school", school)
                .getResultStream()
                .forEach(r -> names.put((String) r[0], r[1] + " " + r[2]));
        return names;
    }

    public void add(Intervention intervention) {
        em.persist(intervention);
        em.flush();
    }

    /** The intervention if it belongs to this pupil. */
    public Optional<Intervention> find(Pupil pupil, long id) {
        return Optional.ofNullable(em.find(Intervention.class, id))
                .filter(i -> i.getPupil().getId().equals(pupil.getId()));
    }

    /** The pupil's interventions, newest first. */
    public List<Intervention> ofPupil(Pupil pupil) {
        return em.createQuery(
                        "select i from Intervention i where i.pupil = :pupil order by i.occurredOn desc, i.id desc",
                        Intervention.class)
                .setParameter("pupil", pupil)
                .getResultList();
    }

    /** The school's interventions dated in the window (both ends inclusive), optionally of one type, oldest first. */
    public List<Intervention> ofSchool(School school, LocalDate from, LocalDate to, Optional<InterventionType> type) {
        return em.createQuery(
                        "select i from Intervention i join fetch i.pupil where i.pupil.school = :school"
                                + " and i.occurredOn between :from and :to and (:type is null or i.type = :type)"
                                + " order by i.occurredOn, i.id",
                        Intervention.class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("type", type.orElse(null))
                .getResultList();
    }
}
