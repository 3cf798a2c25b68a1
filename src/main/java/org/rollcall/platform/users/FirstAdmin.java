package org.rollcall.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Logger;
import org.rollcall.platform.Roles;
import org.rollcall.platform.Settings;

/**
 * The first admin comes from ROLLCALL_ADMIN_USER / ROLLCALL_ADMIN_PASSWORD (demo defaults
 * admin / rollcall). It is created once, when no user of that name exists; later password
 * changes go through the users API.
 */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    static final String DEFAULT_USER = "admin";
    static final String DEFAULT_PASSWORD = "rollcall";

    @Inject
    UserRepository users;

    @Transactional
    public void ensureExists() {
        String username = Settings.get("ROLLCALL_ADMIN_USER", DEFAULT_USER);
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        String password = Settings.get("ROLLCALL_ADMIN_PASSWORD", DEFAULT_PASSWORD);
        users.add(new AppUser(username, PasswordHasher.hash(password), Set.of(Roles.ADMIN)));
        LOG.info(() -> "Created the first admin user '" + username + "'");
    }
}
