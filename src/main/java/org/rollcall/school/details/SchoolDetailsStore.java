package org.rollcall.school.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rollcall.school.School;

/** Reads and changes a school's details; a school that has given none reads as empty details. */
@ApplicationScoped
public class SchoolDetailsStore {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public SchoolDetails of(School school) {
        SchoolDetails kept = em.find(SchoolDetails.class, school.getId());
        return kept != null ? kept : SchoolDetails.none(school.getId());
    }

    /** Applies the change (absent parts kept), creating the row on the first detail given. */
    @Transactional
    public SchoolDetails change(School school, DetailsChange change) {
        SchoolDetails details = em.find(SchoolDetails.class, school.getId());
        if (change.isEmpty()) {
            return details != null ? details : SchoolDetails.none(school.getId());
        }
        if (details == null) {
            details = new SchoolDetails(school.getId());
            details.apply(change);
            em.persist(details);
        } else {
            details.apply(change);
        }
        return details;
    }
}
