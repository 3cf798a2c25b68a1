package org.rollcall.platform.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.delivery.AuditEvent;
import org.rollcall.delivery.AuditLog;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.Urn;

/**
 * {@code /api/users}: admins create users, set their password, roles and where the roles apply
 * ({@code schools} by URN; for tutors and heads of year {@code forms} and {@code yearGroups}). Every
 * change is written to the audit trail (never the password).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {
    private static final Set<String> KNOWN_ROLES =
            Set.of(Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR);

    public record UserRequest(
            @NotBlank @Size(min = RollcallSettings.MIN_PASSWORD_LENGTH, max = 200) String password,
            @NotEmpty Set<String> roles,
            Set<String> schools,
            Set<String> forms,
            Set<String> yearGroups) {}

    public record UserView(
            String username,
            Set<String> roles,
            boolean enabled,
            Set<String> schools,
            Set<String> forms,
            Set<String> yearGroups) {
        static UserView of(AppUser user) {
            return new UserView(
                    user.getUsername(),
                    new TreeSet<>(user.getRoles()),
                    user.isEnabled(),
                    new TreeSet<>(user.getSchools()),
                    new TreeSet<>(user.getForms()),
                    new TreeSet<>(user.getYearGroups()));
        }
    }

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PUT
    @Path("{username}")
    @Transactional
    public UserView put(
            @PathParam("username") String username, @Valid UserRequest request, @Context SecurityContext security) {
        check(request);
        String hash = PasswordHasher.hash(request.password());
        AppUser user = users.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser(username, hash, request.roles(), StoredTime.now(clock));
            users.add(created);
            return created;
        });
        user.changePassword(hash);
        user.replaceRoles(request.roles());
        user.replaceScope(orNone(request.schools()), orNone(request.forms()), orNone(request.yearGroups()));
        UserView view = UserView.of(user);
        audit.record(AuditEvent.of(
                security.getUserPrincipal().getName(),
                "USER_CHANGED",
                "user " + username
                        + " roles " + view.roles() + " schools " + view.schools() + " forms " + view.forms()
                        + " yearGroups " + view.yearGroups()));
        return view;
    }

    private static void check(UserRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        request.roles().stream()
                .filter(role -> !KNOWN_ROLES.contains(role))
                .map(role ->
                        Problem.FieldError.of("roles", role, "unknown role; use one of " + new TreeSet<>(KNOWN_ROLES)))
                .forEach(errors::add);
        orNone(request.schools()).stream()
                .filter(urn -> Urn.parse(urn).isEmpty())
                .map(urn -> Problem.FieldError.of("schools", urn, "not a URN (5 to 8 digits)"))
                .forEach(errors::add);
        orNone(request.forms()).stream()
                .filter(f -> f == null || f.isBlank() || f.length() > 20)
                .map(f -> Problem.FieldError.of("forms", String.valueOf(f), "a form name of 1 to 20 characters"))
                .forEach(errors::add);
        orNone(request.yearGroups()).stream()
                .filter(y -> y == null || y.isBlank() || y.length() > 3)
                .map(y -> Problem.FieldError.of("yearGroups", String.valueOf(y), "a year group of 1 to 3 characters"))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    400, "Bad request", errors.get(0).field().equals("roles") ? "Unknown role" : "Bad grant", errors);
        }
    }

    private static Set<String> orNone(Set<String> values) {
        return Optional.ofNullable(values).orElse(Set.of());
    }
}
