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
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.StoredTime;

/** {@code /api/users}: admins create users, set their password and roles. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {
    private static final Set<String> KNOWN_ROLES = Set.of(Roles.ADMIN, Roles.ATTENDANCE_LEAD,
            Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR);

    public record UserRequest(@NotBlank @Size(min = 8, max = 200) String password, @NotEmpty Set<String> roles) {
    }

    public record UserView(String username, Set<String> roles, boolean enabled) {
        static UserView of(AppUser user) {
            return new UserView(user.getUsername(), new TreeSet<>(user.getRoles()), user.isEnabled());
        }
    }

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @GET
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PUT
    @Path("{username}")
    @Transactional
    public UserView put(@PathParam("username") String username, @Valid UserRequest request) {
        List<Problem.FieldError> unknown = request.roles().stream()
                .filter(role -> !KNOWN_ROLES.contains(role))
                .map(role -> Problem.FieldError.of("roles", role, "unknown role; use one of " + new TreeSet<>(KNOWN_ROLES)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(400, "Bad request", "Unknown role", unknown);
        }
        String hash = PasswordHasher.hash(request.password());
        AppUser user = users.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser(username, hash, request.roles(), StoredTime.now(clock));
            users.add(created);
            return created;
        });
        user.changePassword(hash);
        user.replaceRoles(request.roles());
        return UserView.of(user);
    }
}
