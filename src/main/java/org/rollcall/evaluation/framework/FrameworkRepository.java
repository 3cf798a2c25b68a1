package org.rollcall.evaluation.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Frameworks as the migrations loaded them. */
@ApplicationScoped
public class FrameworkRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public List<Framework> all() {
        return em.createQuery("select f from Framework f order by f.key, f.version", Framework.class)
                .getResultList();
    }

    public Optional<Framework> find(long id) {
        return Optional.ofNullable(em.find(Framework.class, id));
    }

    /** The newest version of a framework, e.g. {@code rag}. */
    public Optional<Framework> latest(String key) {
        return em.createQuery("select f from Framework f where f.key = :key order by f.version desc", Framework.class)
                .setParameter("key", key)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
