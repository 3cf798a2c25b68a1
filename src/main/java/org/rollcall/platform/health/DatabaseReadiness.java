package org.rollcall.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the start-up migrations ran and the entities matched the schema ({@code StartupMigration}), and
 * while the database still answers: a server whose database is gone can serve nothing but errors.
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
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            // the reason goes to the log, not to the anonymous health answer
            LOG.warning(() -> "Readiness: the database does not answer: " + e.getMessage());
            return false;
        }
    }
}
