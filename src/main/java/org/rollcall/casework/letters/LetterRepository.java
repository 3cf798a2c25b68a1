package org.rollcall.casework.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Pupil;
import org.rollcall.school.School;

/** Contacts who receive letters, and the letters written. */
@ApplicationScoped
public class LetterRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /** The pupil's contacts who receive correspondence, in the school's priority order. */
    public List<Contact> recipients(Pupil pupil) {
        return em.createQuery(
                        "select c from Contact c where c.pupil = :pupil and c.receivesCorrespondence = true"
                                + " order by c.priority, c.name",
                        Contact.class)
                .setParameter("pupil", pupil)
                .getResultList();
    }

    public void add(CaseworkLetter letter) {
        em.persist(letter);
    }

    /** The print file: letters to post that have not been printed yet, oldest first. */
    public List<CaseworkLetter> toPrint(School school) {
        return em.createQuery(
                        "select l from CaseworkLetter l join fetch l.intervention"
                                + " where l.intervention.pupil.school = :school and l.status = :status order by l.createdAt, l.id",
                        CaseworkLetter.class)
                .setParameter("school", school)
                .setParameter("status", CaseworkLetter.Status.TO_PRINT)
                .getResultList();
    }
}
