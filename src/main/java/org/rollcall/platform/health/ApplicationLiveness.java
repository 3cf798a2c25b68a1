package org.rollcall.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the deployment answers at all. Deliberately nothing more: a database that is down or an archive
 * that is full makes the server not ready, and restarting it (what an orchestrator does when liveness fails)
 * would mend neither.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("rollcall");
    }
}
