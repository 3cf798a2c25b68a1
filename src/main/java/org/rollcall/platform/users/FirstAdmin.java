package org.rollcall.platform.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.rollcall.platform.Roles;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;

/**
 * The first admin comes from ROLLCALL_ADMIN_USER / ROLLCALL_ADMIN_PASSWORD (demo defaults
 * admin / rollcall). It is created once, when no user of that name exists; later password
 * changes go through the users API.
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

    @Transactional
    public void ensureExists() {
        String username = settings.adminUser();
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        String password = settings.adminPassword();
        users.add(new AppUser(username, PasswordHasher.hash(password), Set.of(Roles.ADMIN), StoredTime.now(clock)));
        LOG.info(() -> "Created the first admin user '" + username + "'");
    }
}
