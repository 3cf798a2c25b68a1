package org.rollcall.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.rollcall.platform.Roles;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;

/**
 * The first admin comes from ROLLCALL_ADMIN_USER / ROLLCALL_ADMIN_PASSWORD. There is no default
 * password: a server started without one creates no admin and says why, so no installation is left
 * with a password everybody can read in the README. It is created once, when no user of that name
 * exists; later password changes go through the users API.
 */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    UserRepository users;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    /** What happened at start, for the log and for tests. */
    public enum Outcome {
        CREATED,
        ALREADY_THERE,
        NO_PASSWORD
    }

    @Transactional
    public Outcome ensureExists() {
        String username = settings.adminUser();
        if (users.findByUsername(username).isPresent()) {
            return Outcome.ALREADY_THERE;
        }
        Optional<String> password = settings.adminPassword();
        if (password.isEmpty()) {
            LOG.warning(
                    () -> "No admin user created: ROLLCALL_ADMIN_PASSWORD (or rollcall.admin.password) is not set, and "
                            + "Rollcall has no default password. Set it (at least "
                            + RollcallSettings.MIN_PASSWORD_LENGTH
                            + " characters) and restart to create the admin '" + username + "'.");
            return Outcome.NO_PASSWORD;
        }
        users.add(
                new AppUser(username, PasswordHasher.hash(password.get()), Set.of(Roles.ADMIN), StoredTime.now(clock)));
        LOG.info(() -> "Created the first admin user '" + username + "'");
        return Outcome.CREATED;
    }
}
