package org.rollcall.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Reads the settings once for the application. {@link StartupMigration} injects them first, so a
 * bad value fails the deployment at start-up.
 */
@ApplicationScoped
public class SettingsProducer {

    // a record cannot be proxied: a singleton, not an application-scoped proxy
    @Produces
    @Singleton
    RollcallSettings settings() {
        return RollcallSettings.read();
    }
}
