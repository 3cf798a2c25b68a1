package org.rollcall.evaluation.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The guidance library as the migrations loaded it. */
@ApplicationScoped
public class GuidanceRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public List<GuidanceChevron> chevrons() {
        return em.createQuery("select c from GuidanceChevron c order by c.position", GuidanceChevron.class)
                .getResultList();
    }

    public Optional<GuidanceChevron> chevron(String key) {
        return em.createQuery("select c from GuidanceChevron c where c.key = :key", GuidanceChevron.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }
}
