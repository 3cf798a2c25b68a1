package org.rollcall.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollcall.school.School;

/** Pupils in the database. */
@ApplicationScoped
public class PupilRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public List<Pupil> of(School school) {
        return em.createQuery("select p from Pupil p where p.school = :school order by p.upn", Pupil.class)
                .setParameter("school", school)
                .getResultList();
    }

    public Map<String, Pupil> byUpn(School school) {
        return of(school).stream().collect(Collectors.toMap(Pupil::getUpn, Function.identity()));
    }

    /** UPN to database id, for imports that write marks without loading entities. */
    public Map<String, Long> idsByUpn(School school) {
        return em.createQuery("select p.upn, p.id from Pupil p where p.school = :school", Object[].class)
                .setParameter("school", school)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    public void add(Pupil pupil) {
        em.persist(pupil);
    }
}
