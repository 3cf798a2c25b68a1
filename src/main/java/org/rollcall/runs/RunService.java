package org.rollcall.runs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** Starting runs: record the run, then hand it to Jakarta Batch so the request returns at once. */
@ApplicationScoped
public class RunService {
    static final String JOB = "report-run";
    private static final Logger LOG = Logger.getLogger(RunService.class.getName());

    @Inject
    SchoolService schools;

    @Inject
    RunRepository runs;

    @Inject
    RunNode node;

    public ReportRun start(
            String urn, String kindText, LocalDate from, LocalDate to, String requestedBy, RunLimits limits) {
        School school = schools.require(urn);
        RunKind kind = kind(kindText);
        if (!kind.takesLimits() && !limits.isWholeSchool()) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "Only PARENT_PRINTOUTS and STAFF_DATA can be limited to forms or year groups",
                    List.of(Problem.FieldError.of(
                            limits.forms().isEmpty() ? "yearGroups" : "forms",
                            String.valueOf(limits.forms().isEmpty() ? limits.yearGroups() : limits.forms()),
                            "not for a " + kind + " run")));
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "A run needs a window: from and to as YYYY-MM-DD, from not after to",
                    List.of(Problem.FieldError.of(
                            "to", String.valueOf(to), "must be on or after from (" + from + ")")));
        }
        ReportRun created = new ReportRun(school, kind, from, to, requestedBy, limits);
        created.ownedBy(node.owner());
        return launch(runs.add(created));
    }

    /** Hands the recorded run to Jakarta Batch; a run that cannot be started is FAILED, never left QUEUED. */
    private ReportRun launch(ReportRun run) {
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters(run.getId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + run.getId() + " could not be started", e);
            runs.update(
                    run.getId(),
                    r -> r.fail("The run could not be started: " + e.getClass().getSimpleName()));
            throw new ProblemException(
                    503,
                    "Service unavailable",
                    "Run " + run.getId()
                            + " could not be started and is recorded as FAILED; please try again in a minute");
        }
        return run;
    }

    /**
     * The job's parameters: the run, and how many items make a chunk (a checkpoint); ROLLCALL_RUN_CHUNK_SIZE,
     * default 100 (fewer items lose less work to a crash; more render faster).
     */
    static Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("chunkSize", String.valueOf(chunkSize()));
        return parameters;
    }

    static int chunkSize() {
        String text = System.getProperty("rollcall.run.chunk.size", System.getenv("ROLLCALL_RUN_CHUNK_SIZE"));
        try {
            return text == null || text.isBlank() ? 100 : Math.max(1, Math.min(1000, Integer.parseInt(text.trim())));
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    private static RunKind kind(String text) {
        try {
            return RunKind.valueOf(String.valueOf(text).trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "Unknown kind of run",
                    List.of(Problem.FieldError.of("kind", text, "use one of " + List.of(RunKind.values()))));
        }
    }
}
