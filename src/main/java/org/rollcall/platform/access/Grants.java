package org.rollcall.platform.access;

import java.util.Set;
import org.rollcall.platform.Roles;

/**
 * What one user may see: their roles, the schools (URNs) the roles apply in, and for tutors and
 * heads of year the forms and year groups. An admin's roles apply in every school.
 */
public record Grants(
        String username, Set<String> roles, Set<String> schools, Set<String> forms, Set<String> yearGroups) {

    public Grants {
        roles = Set.copyOf(roles);
        schools = Set.copyOf(schools);
        forms = Set.copyOf(forms);
        yearGroups = Set.copyOf(yearGroups);
    }

    public static Grants none(String username) {
        return new Grants(username, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean admin() {
        return has(Roles.ADMIN);
    }

    /** Whether the caller's roles apply in this school at all. */
    public boolean inSchool(String urn) {
        return admin() || schools.contains(urn);
    }

    /** Admin, attendance lead or headteacher: every pupil of their schools. */
    public boolean wholeSchool() {
        return admin() || has(Roles.ATTENDANCE_LEAD) || has(Roles.HEADTEACHER);
    }

    /** A governor and nothing else: aggregates only, never a pupil. */
    public boolean governorOnly() {
        return has(Roles.GOVERNOR) && !wholeSchool() && !has(Roles.TUTOR);
    }

    /** Whether a pupil of that form and year group (in one of the caller's schools) is the caller's to see. */
    public boolean mayReadPupil(String form, String yearGroup) {
        return wholeSchool() || (has(Roles.TUTOR) && (forms.contains(form) || yearGroups.contains(yearGroup)));
    }
}
