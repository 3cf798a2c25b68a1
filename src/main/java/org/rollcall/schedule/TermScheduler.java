package org.rollcall.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;

/**
 * Looks at the schedules every five minutes and once soon after start-up (so a server that was
 * down on a run's day makes it when it comes back). ROLLCALL_SCHEDULE_AUTO=false leaves it to
 * {@code POST /api/schedule/check}.
 */
@Singleton
@Startup
@DependsOn("StartupMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TermScheduler {
    private static final Logger LOG = Logger.getLogger(TermScheduler.class.getName());
    private static final long AFTER_START_UP_MS = 20_000;

    @Inject
    Clock clock;

    @Inject
    SchedulePass pass;

    @Inject
    RollcallSettings settings;

    @Resource
    TimerService timers;

    private final ReentrantLock checking = new ReentrantLock();

    @PostConstruct
    void atStartUp() {
        if (settings.scheduleAuto()) {
            timers.createSingleActionTimer(AFTER_START_UP_MS, new TimerConfig("schedule after start-up", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void afterStartUp() {
        checkQuietly();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyFiveMinutes() {
        if (settings.scheduleAuto()) {
            checkQuietly();
        }
    }

    /** One pass now; how many runs this server started (0 while another pass of this server runs). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int checkNow() {
        return checkNow(Optional.empty());
    }

    /** As {@link #checkNow()}, for one school only when a URN is given. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int checkNow(Optional<String> urn) {
        if (!checking.tryLock()) {
            return 0;
        }
        try {
            return pass.run(LocalDate.now(clock), StoredTime.now(clock), urn);
        } finally {
            checking.unlock();
        }
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schedule: the schedules could not be checked", e);
        }
    }
}
