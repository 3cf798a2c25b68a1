package org.rollcall.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.Urn;

/** Who is logged in, as the web page needs it: roles, and the schools (with their names) where they apply. */
@ApplicationScoped
public class SessionViews {

    public record SchoolRef(String urn, String name) {}

    public record SessionView(
            String username,
            List<String> roles,
            List<SchoolRef> schools,
            List<String> forms,
            List<String> yearGroups) {}

    @Inject
    SchoolRepository schools;

    @Transactional
    public SessionView of(Grants grants) {
        List<SchoolRef> refs = grants.admin()
                ? schools.all().stream().map(SessionViews::ref).toList()
                : grants.schools().stream()
                        .sorted()
                        .map(urn -> new SchoolRef(urn, name(urn).orElse(urn)))
                        .toList();
        return new SessionView(
                grants.username(),
                grants.roles().stream().sorted().toList(),
                refs.stream().sorted(Comparator.comparing(SchoolRef::name)).toList(),
                grants.forms().stream().sorted().toList(),
                grants.yearGroups().stream().sorted().toList());
    }

    private Optional<String> name(String urn) {
        return Urn.parse(urn).flatMap(schools::findByUrn).map(School::getName);
    }

    private static SchoolRef ref(School school) {
        return new SchoolRef(school.getUrn(), school.getName());
    }
}
