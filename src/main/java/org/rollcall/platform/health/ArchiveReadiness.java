package org.rollcall.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rollcall.platform.DataFolders;

/**
 * Ready while the archive folder takes new files: every document a run makes is stored there.
 * The folder's path and the error go to the log (once, when it turns bad), not to the anonymous answer.
 */
@Readiness
@ApplicationScoped
public class ArchiveReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ArchiveReadiness.class.getName());

    private final AtomicBoolean wasWritable = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = ArchiveProbe.problem(DataFolders.current().archive());
        boolean writable = problem.isEmpty();
        if (wasWritable.getAndSet(writable) != writable) {
            problem.ifPresentOrElse(
                    why -> LOG.warning("Not ready: " + why),
                    () -> LOG.info("Ready again: the archive folder is writable"));
        }
        return HealthCheckResponse.named("archive")
                .status(writable)
                .withData("writable", writable)
                .build();
    }
}
