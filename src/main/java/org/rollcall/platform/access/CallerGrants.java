package org.rollcall.platform.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.users.AppUser;
import org.rollcall.platform.users.UserRepository;

/** The logged-in caller's grants, read once per request from the users the realm checks logins against. */
@RequestScoped
public class CallerGrants {
    @Inject
    Principal principal;

    // A session login (the web page) is restored by HttpServletRequest.authenticate inside LoginGate: the
    // servlet request then knows the user while the CDI Principal may still be anonymous, so ask it first
    @Inject
    HttpServletRequest request;

    @Inject
    UserRepository users;

    @Inject
    ScopeLookup lookup;

    private Grants grants;

    private Set<ScopeLookup.StaffGroup> staffGroups;

    public Grants grants() {
        if (grants == null) {
            Principal caller = Optional.ofNullable(request.getUserPrincipal()).orElse(principal);
            String name = caller == null ? "anonymous" : caller.getName();
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

    /** The grants of a user by name (the login form, before the request's principal is set). */
    public Grants grantsOf(String username) {
        return users.findByUsername(username).map(CallerGrants::of).orElseGet(() -> Grants.none(username));
    }

    static Grants of(AppUser user) {
        return new Grants(
                user.getUsername(), user.getRoles(), user.getSchools(), user.getForms(), user.getYearGroups());
    }
}
