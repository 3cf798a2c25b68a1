package org.rollcall.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the start-up migrations ran and the entities matched the schema ({@code StartupMigration}), and
 * while the database still answers: a server whose database is gone can serve nothing but errors. Why it
 * does not answer goes to the log (once, when it stops), not to the anonymous health answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int VALIDATION_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    org.rollcall.platform.Readiness startup;

    private final AtomicBoolean wasReachable = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        boolean migrated = startup.isReady();
        boolean reachable = reachable();
        return HealthCheckResponse.named("database")
                .status(migrated && reachable)
                .withData("migrated", migrated)
                .withData("reachable", reachable)
                .build();
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_SECONDS);
            noteChange(valid, "the database connection is not valid");
            return valid;
        } catch (SQLException e) {
            noteChange(false, "the database does not answer: " + e.getMessage());
            return false;
        }
    }

    private void noteChange(boolean reachable, String why) {
        if (wasReachable.getAndSet(reachable) != reachable) {
            if (reachable) {
                LOG.info("Ready again: the database answers");
            } else {
                LOG.warning("Not ready: " + why);
            }
        }
    }
}
