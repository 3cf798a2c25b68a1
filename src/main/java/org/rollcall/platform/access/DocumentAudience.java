package org.rollcall.platform.access;

import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.Roles;

/**
 * Who may list and download an archived document, by its kind, school and (for staff data) the form or
 * year group it was made for. Governor packs and SEF sections: governors, headteacher, lead. Parent
 * printouts, print files and letters name pupils: lead and headteacher only. Staff data: the tutors it
 * was made for (by form or year group grant), headteacher, lead. An unknown kind: lead and headteacher.
 * The form and year group come from the document's metadata. The staff list (by {@code username}) adds
 * the staff data of the forms and year groups it assigns to a user.
 */
public final class DocumentAudience {
    private DocumentAudience() {}

    /**
     * As {@link #mayRead(Grants, String, String, Optional, Optional)}, and staff data is also readable by
     * the staff it was made for: a user the school's staff list names (by {@code username}) for that form
     * or year group, while they hold a role in the school.
     */
    public static boolean mayRead(
            Grants grants,
            Set<ScopeLookup.StaffGroup> sentTo,
            String kind,
            String urn,
            Optional<String> form,
            Optional<String> yearGroup) {
        if (mayRead(grants, kind, urn, form, yearGroup)) {
            return true;
        }
        Optional<ScopeLookup.StaffGroup> group =
                switch (kind) {
                    case "STAFF_DATA_FORM" -> form.map(f -> new ScopeLookup.StaffGroup(urn, "FORM", f));
                    case "STAFF_DATA_YEAR" -> yearGroup.map(y -> new ScopeLookup.StaffGroup(urn, "YEAR", y));
                    default -> Optional.empty();
                };
        return grants.inSchool(urn) && group.filter(sentTo::contains).isPresent();
    }

    public static boolean mayRead(
            Grants grants, String kind, String urn, Optional<String> form, Optional<String> yearGroup) {
        if (!grants.inSchool(urn)) {
            return false;
        }
        if (grants.wholeSchool()) {
            return true;
        }
        return switch (kind) {
            case "GOVERNOR_PACK", "SEF_SECTION" -> grants.has(Roles.GOVERNOR);
            case "STAFF_DATA_FORM" -> grants.has(Roles.TUTOR)
                    && form.filter(grants.forms()::contains).isPresent();
            case "STAFF_DATA_YEAR" -> grants.has(Roles.TUTOR)
                    && yearGroup.filter(grants.yearGroups()::contains).isPresent();
            default -> false;
        };
    }
}
