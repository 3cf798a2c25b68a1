package org.rollcall.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Schools, their governors and calendars in the database. */
@ApplicationScoped
public class SchoolRepository {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    public Optional<School> findByUrn(Urn urn) {
        return em.createQuery("select s from School s where s.urn = :urn", School.class)
                .setParameter("urn", urn.value())
                .getResultStream()
                .findFirst();
    }

    public List<School> all() {
        return em.createQuery("select s from School s order by s.name", School.class)
                .getResultList();
    }

    public void add(School school) {
        em.persist(school);
    }

    public List<Governor> governors(School school) {
        return em.createQuery("select g from Governor g where g.school = :school order by g.name", Governor.class)
                .setParameter("school", school)
                .getResultList();
    }

    public void replaceGovernors(School school, List<Governor> governors) {
        em.createQuery("delete from Governor g where g.school = :school")
                .setParameter("school", school)
                .executeUpdate();
        governors.forEach(em::persist);
    }

    public List<AcademicYear> academicYears(School school) {
        return em.createQuery(
                        "select y from AcademicYear y where y.school = :school order by y.startDate",
                        AcademicYear.class)
                .setParameter("school", school)
                .getResultList();
    }

    /** The school's calendar rules, read inside a transaction because terms and closures load lazily. */
    @Transactional
    public SchoolCalendar calendar(School school) {
        return SchoolCalendar.of(academicYears(school));
    }

    public void replaceAcademicYears(School school, List<AcademicYear> years) {
        academicYears(school).forEach(em::remove);
        em.flush();
        years.forEach(em::persist);
    }

    /** The term that contains the whole window, if the school's calendar has one. */
    public Optional<Term> termCovering(School school, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select t from Term t where t.academicYear.school = :school"
                                + " and t.startDate <= :to and t.endDate >= :from order by t.startDate",
                        Term.class)
                .setParameter("school", school)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .filter(t -> !from.isBefore(t.getStartDate().minusDays(7))
                        && !to.isAfter(t.getEndDate().plusDays(7)))
                .findFirst();
    }

    /** The school's last term that ended before {@code date} (the "previous term" of a pack for a window from it). */
    public Optional<Term> termBefore(School school, LocalDate date) {
        return em.createQuery(
                        "select t from Term t where t.academicYear.school = :school"
                                + " and t.endDate < :date order by t.endDate desc",
                        Term.class)
                .setParameter("school", school)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
