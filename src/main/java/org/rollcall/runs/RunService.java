package org.rollcall.runs;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** Starting runs: record the run, then hand it to Jakarta Batch so the request returns at once. */
@ApplicationScoped
public class RunService {
    static final String JOB = "report-run";

    @Inject
    SchoolService schools;

    @Inject
    RunRepository runs;

    public ReportRun start(String urn, String kindText, LocalDate from, LocalDate to, String requestedBy) {
        School school = schools.require(urn);
        RunKind kind = kind(kindText);
        if (from == null || to == null || to.isBefore(from)) {
            throw new ProblemException(400, "Bad request", "A run needs a window: from and to as YYYY-MM-DD, from not after to",
                    List.of(Problem.FieldError.of("to", String.valueOf(to), "must be on or after from (" + from + ")")));
        }
        ReportRun run = runs.add(new ReportRun(school, kind, from, to, requestedBy));
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(run.getId()));
        BatchRuntime.getJobOperator().start(JOB, parameters);
        return run;
    }

    private static RunKind kind(String text) {
        try {
            return RunKind.valueOf(String.valueOf(text).trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "Bad request", "Unknown kind of run",
                    List.of(Problem.FieldError.of("kind", text, "use one of " + List.of(RunKind.values()))));
        }
    }
}
