package org.rollcall.platform.access;

import java.util.Optional;
import org.rollcall.platform.Roles;

/**
 * Who may list and download an archived document, by its kind, school and (for staff data) the form or
 * year group it was made for. Governor packs and SEF sections: governors, headteacher, lead. Parent
 * printouts, print files and letters name pupils: lead and headteacher only. Staff data: the tutors it
 * was made for (by form or year group grant), headteacher, lead. An unknown kind: lead and headteacher.
 * The form and year group come from the document's metadata once the archive keeps them.
 */
public final class DocumentAudience {
    private DocumentAudience() {}

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
