package org.rollcall.attendance.pupils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Pupil;
import org.rollcall.school.School;

/** Finds pupils of a school by year, form and characteristic, a page at a time. */
@ApplicationScoped
public class PupilQuery {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    /** The filters a list may carry; absent ones do not filter. */
    public record Filter(
            Optional<String> year,
            Optional<String> form,
            Optional<Boolean> fsm,
            Optional<Boolean> disadvantaged,
            Optional<String> sen,
            Optional<Boolean> eal,
            Optional<String> ethnicity) {}

    public record Page(long total, int page, int size, List<PupilView> items) {}

    /** A tutor's reach: pupils of these forms or year groups only (issue 12). */
    public record Reach(java.util.Set<String> forms, java.util.Set<String> yearGroups) {}

    public Page find(School school, Filter filter, int page, int size) {
        return find(school, filter, Optional.empty(), page, size);
    }

    public Page find(School school, Filter filter, Optional<Reach> reach, int page, int size) {
        StringBuilder where = new StringBuilder(" from Pupil p where p.school = :school");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("school", school);
        reach.ifPresent(r -> {
            // "-" stands in for an empty list, which JPQL's IN does not take; no form or year is called "-"
            where.append(" and (p.form in :reachForms or p.yearGroup in :reachYears)");
            parameters.put("reachForms", r.forms().isEmpty() ? List.of("-") : List.copyOf(r.forms()));
            parameters.put("reachYears", r.yearGroups().isEmpty() ? List.of("-") : List.copyOf(r.yearGroups()));
        });
        condition(where, parameters, "yearGroup", filter.year());
        condition(where, parameters, "form", filter.form());
        condition(where, parameters, "fsm", filter.fsm());
        condition(where, parameters, "disadvantaged", filter.disadvantaged());
        condition(where, parameters, "sen", filter.sen());
        condition(where, parameters, "eal", filter.eal());
        condition(where, parameters, "ethnicity", filter.ethnicity());
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        TypedQuery<Pupil> rows =
                em.createQuery("select p" + where + " order by p.surname, p.forename, p.upn", Pupil.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<PupilView> items = rows.setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultStream()
                .map(PupilView::summary)
                .toList();
        return new Page(count.getSingleResult(), page, size, items);
    }

    public Optional<Pupil> one(School school, String upn) {
        return em.createQuery("select p from Pupil p where p.school = :school and p.upn = :upn", Pupil.class)
                .setParameter("school", school)
                .setParameter("upn", upn)
                .getResultStream()
                .findFirst();
    }

    public List<Contact> contacts(Pupil pupil) {
        return em.createQuery("select c from Contact c where c.pupil = :p order by c.priority, c.id", Contact.class)
                .setParameter("p", pupil)
                .getResultList();
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String field, Optional<?> value) {
        value.ifPresent(v -> {
            where.append(" and p.").append(field).append(" = :").append(field);
            parameters.put(field, v);
        });
    }
}
