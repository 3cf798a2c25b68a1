package org.rollcall.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.rollcall.platform.users.FirstAdmin;

/**
 * At start-up: apply the SQL migrations, check the entities against the migrated schema, make
 * sure the first admin exists, then declare the application ready. The order matters: nothing
 * may read the database before its schema is current.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupMigration {
    private static final Logger LOG = Logger.getLogger(StartupMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "rollcall")
    EntityManagerFactory entityManagerFactory;

    // injected first: a bad setting fails the deployment here, naming the variable
    @Inject
    RollcallSettings settings;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    Readiness readiness;

    @PostConstruct
    void start() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the batch subsystem's JDBC job repository may create its JBeret tables in this schema
                // before the first migration: baseline below V1 then, so every migration still applies
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        // A mismatch between entities and migrations is a build defect: this throws and the deployment fails
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        firstAdmin.ensureExists();
        DataFolders folders = DataFolders.current();
        LOG.info(() ->
                "Data folder " + folders.data() + ", archive " + folders.archive() + ", inbox " + folders.inbox());
        readiness.markReady();
    }
}
