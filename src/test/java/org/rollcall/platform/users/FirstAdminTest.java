package org.rollcall.platform.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.Roles;
import org.rollcall.platform.RollcallSettings;

/** Without ROLLCALL_ADMIN_PASSWORD no admin is made, and the log says why; with one, the admin is made once. */
class FirstAdminTest {

    /** The users table as a list. */
    static final class ListedUsers extends UserRepository {
        final List<AppUser> added = new ArrayList<>();

        @Override
        public Optional<AppUser> findByUsername(String username) {
            return added.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public void add(AppUser user) {
            added.add(user);
        }
    }

    private static FirstAdmin firstAdmin(Map<String, String> environment, ListedUsers users) {
        FirstAdmin admin = new FirstAdmin();
        admin.users = users;
        admin.settings = RollcallSettings.read(name -> Optional.ofNullable(environment.get(name)));
        admin.clock = Clock.fixed(Instant.parse("2025-09-01T07:00:00Z"), ZoneId.of("Europe/London"));
        return admin;
    }

    @Test
    void withoutAnAdminPasswordNoAdminIsCreatedAndTheLogSaysWhy() {
        ListedUsers users = new ListedUsers();
        List<LogRecord> logged = new ArrayList<>();
        Logger logger = Logger.getLogger(FirstAdmin.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(capture);
        try {
            assertEquals(
                    FirstAdmin.Outcome.NO_PASSWORD, firstAdmin(Map.of(), users).ensureExists());
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(users.added.isEmpty(), "no admin without a password");
        assertEquals(1, logged.size());
        String line = logged.get(0).getMessage();
        assertTrue(line.startsWith("No admin user created: ROLLCALL_ADMIN_PASSWORD"), line);
        assertTrue(line.contains("no default password"), line);
    }

    @Test
    void withAPasswordTheAdminIsCreatedOnce() {
        ListedUsers users = new ListedUsers();
        Map<String, String> environment = Map.of("ROLLCALL_ADMIN_PASSWORD", "a-long-enough-one");
        assertEquals(FirstAdmin.Outcome.CREATED, firstAdmin(environment, users).ensureExists());
        assertEquals(
                FirstAdmin.Outcome.ALREADY_THERE, firstAdmin(environment, users).ensureExists());
        assertEquals(1, users.added.size());
        assertEquals("admin", users.added.get(0).getUsername());
        assertEquals(java.util.Set.of(Roles.ADMIN), users.added.get(0).getRoles());
    }
}
