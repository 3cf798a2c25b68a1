package org.rollcall.runs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, once the schema is migrated: resumes the runs a crash of this server interrupted.
 * It waits a few seconds (a timer, not the deployment's own thread), so the batch runtime and the
 * deployment are fully up before the first job is restarted.
 */
@Singleton
@Startup
@DependsOn("StartupMigration")
public class RunRecovery {
    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());
    private static final long DELAY_MS = 3_000;

    @Resource
    TimerService timers;

    @Inject
    RunRestarts restarts;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig("run-recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover() {
        try {
            int resumed = restarts.recoverInterrupted();
            if (resumed > 0) {
                LOG.info(() -> resumed + " interrupted run" + (resumed == 1 ? "" : "s") + " resumed");
            }
        } catch (RuntimeException e) {
            // a run that cannot be resumed is recorded FAILED with the reason; the others wait for a restart
            LOG.log(Level.SEVERE, "Resuming interrupted runs stopped", e);
        }
    }
}
