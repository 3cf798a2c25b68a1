package org.rollcall.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.SchoolClock;
import org.rollcall.runs.ReportRun;
import org.rollcall.runs.RunLimits;
import org.rollcall.runs.RunService;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * One look at every school's schedule: start each run that is due (or was missed) and not made
 * yet. Safe to run on several servers at once: a run is claimed by inserting its row under a
 * unique key before it is started, and only the server whose insert succeeded starts it.
 */
@ApplicationScoped
public class SchedulePass {
    static final String REQUESTED_BY = "schedule";
    /** A claim neither started nor refused after this long was left by a server that died. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(SchedulePass.class.getName());
    private static final int DUPLICATE_KEY = 1062;
    private static final String SERVER = System.getProperty("jboss.node.name", "rollcall") + " pid "
            + ManagementFactory.getRuntimeMXBean().getPid();

    @Inject
    SchoolService schools;

    @Inject
    ScheduleStore store;

    @Inject
    ScheduledRunStore made;

    @Inject
    RunService runs;

    /** How many runs this server started, in every school or in one; {@code now} in UTC, as stored. */
    public int run(LocalDate today, LocalDateTime now, Optional<String> urn) {
        int started = 0;
        List<School> which = urn.map(u -> List.of(schools.require(u))).orElseGet(schools::all);
        for (School school : which) {
            try {
                started += school(school, today, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Schedule: school " + school.getUrn() + " could not be checked", e);
            }
        }
        return started;
    }

    int school(School school, LocalDate today, LocalDateTime now) {
        TermDates calendar = store.termDates(school);
        if (calendar.isEmpty()) {
            return 0; // no terms, no term schedule
        }
        ScheduleStore.Schedule schedule = store.schedule(school);
        LocalDate since = schedule.effectiveFrom()
                .atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(SchoolClock.ZONE)
                .toLocalDate();
        List<ScheduledRunStore.Made> before = made.forSchool(school.getId());
        Set<Occurrence.RunKey> settled = before.stream()
                .filter(m -> !m.abandonedBefore(now.minus(ABANDONED)))
                .map(ScheduledRunStore.Made::key)
                .collect(Collectors.toSet());
        int started = 0;
        for (Occurrence due : new SchedulePlanner(calendar).due(schedule.entries(), today, since)) {
            if (!settled.contains(due.key()) && claim(school, due, now)) {
                started += start(school, due) ? 1 : 0;
            }
        }
        return started;
    }

    /** Insert and catch: the unique key, not a lock in this server's memory, decides who starts it. */
    private boolean claim(School school, Occurrence due, LocalDateTime now) {
        try {
            made.insert(school.getId(), due, SERVER, now);
            return true;
        } catch (RuntimeException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            return made.takeOver(school.getId(), due.key(), SERVER, now, now.minus(ABANDONED));
        }
    }

    private boolean start(School school, Occurrence due) {
        try {
            ReportRun run = runs.start(
                    school.getUrn(), due.entry().kind(), due.from(), due.to(), REQUESTED_BY, RunLimits.WHOLE_SCHOOL);
            made.started(school.getId(), due.key(), run.getId());
            LOG.info(() ->
                    "Schedule: started run " + run.getId() + " (" + due.entry().kind() + " " + due.from() + " to "
                            + due.to() + ", due " + due.date() + ") for school " + school.getUrn());
            return true;
        } catch (ProblemException e) {
            String why = e.toProblem().detail();
            made.refused(school.getId(), due.key(), why);
            LOG.warning(() ->
                    "Schedule: " + due.entry().kind() + " for school " + school.getUrn() + " not started: " + why);
            return false;
        }
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
