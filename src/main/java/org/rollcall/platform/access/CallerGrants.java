package org.rollcall.platform.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Set;
import org.rollcall.platform.users.AppUser;
import org.rollcall.platform.users.UserRepository;

/** The logged-in caller's grants, read once per request from the users the realm checks logins against. */
@RequestScoped
public class CallerGrants {
    @Inject
    Principal principal;

    @Inject
    UserRepository users;

    @Inject
    ScopeLookup lookup;

    private Grants grants;

    private Set<ScopeLookup.StaffGroup> staffGroups;

    public Grants grants() {
        if (grants == null) {
            String name = principal == null ? "anonymous" : principal.getName();
            grants = users.findByUsername(name).map(CallerGrants::of).orElseGet(() -> Grants.none(name));
        }
        return grants;
    }

    /** The forms and year groups the staff lists assign to the caller by user name (see {@link DocumentAudience}). */
    public Set<ScopeLookup.StaffGroup> staffGroups() {
        if (staffGroups == null) {
            staffGroups = lookup.staffGroups(grants().username());
        }
        return staffGroups;
    }

    static Grants of(AppUser user) {
        return new Grants(
                user.getUsername(), user.getRoles(), user.getSchools(), user.getForms(), user.getYearGroups());
    }
}
