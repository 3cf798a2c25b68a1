package org.rollcall.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Users in the database. */
@ApplicationScoped
public class UserRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    public List<AppUser> all() {
        return em.createQuery("select u from AppUser u order by u.username", AppUser.class)
                .getResultList();
    }

    public void add(AppUser user) {
        em.persist(user);
    }
}
