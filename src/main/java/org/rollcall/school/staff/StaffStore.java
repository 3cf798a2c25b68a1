package org.rollcall.school.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rollcall.school.School;

/** The school's staff list in the database: replaced whole, read in name order. */
@ApplicationScoped
public class StaffStore {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public List<StaffMember> of(School school) {
        return em.createQuery(
                        "select s from StaffMember s where s.school = :school order by s.name, s.email",
                        StaffMember.class)
                .setParameter("school", school)
                .getResultList();
    }

    @Transactional
    public void replace(School school, List<StaffMember> staff) {
        of(school).forEach(em::remove);
        em.flush();
        staff.forEach(em::persist);
    }
}
