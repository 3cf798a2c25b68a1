package org.rollcall.runs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.ProblemException;

/**
 * Resuming runs from their last checkpoint: a FAILED run on request, and a run that this server's
 * earlier life left RUNNING or QUEUED (a crash) on request or at start-up. A run is first claimed by
 * a conditional UPDATE of its row, so when two servers try, exactly one resumes it.
 */
@ApplicationScoped
public class RunRestarts {
    private static final Logger LOG = Logger.getLogger(RunRestarts.class.getName());

    @Inject
    RunRepository runs;

    @Inject
    RunNode node;

    /** {@code POST /runs/{id}/restart}: 409 for a run that is COMPLETED, or running (here or on another server). */
    public ReportRun restart(long id) {
        ReportRun run = runs.find(id).orElseThrow(() -> ProblemException.notFound("No run " + id));
        if (run.getStatus() == RunStatus.COMPLETED) {
            throw conflict("Run " + id + " is COMPLETED: there is nothing to resume");
        }
        if (!resumable(run) || !claim(run)) {
            throw conflict("Run " + id + " is " + run.getStatus() + " and still running: wait for it to end");
        }
        resume(run);
        return runs.find(id).orElseThrow();
    }

    /** Start-up: the runs a crash of this server interrupted, each resumed unless another server claimed it. */
    public int recoverInterrupted() {
        int resumed = 0;
        for (ReportRun run : runs.unfinished()) {
            if (resumable(run) && claim(run)) {
                LOG.info(() -> "Run " + run.getId() + " was interrupted (" + run.getStatus() + "); resuming it");
                resume(run);
                resumed++;
            }
        }
        return resumed;
    }

    /** FAILED, or unfinished and owned by this node in an earlier life (nothing can be running it now). */
    private boolean resumable(ReportRun run) {
        return run.getStatus() == RunStatus.FAILED
                || run.getOwner().filter(node::earlierLife).isPresent();
    }

    private boolean claim(ReportRun run) {
        return runs.claim(run.getId(), run.getOwner().orElse(null), run.getStatus(), node.owner());
    }

    /** Restarts its job from the last checkpoint (or starts one, if the crash came before the job existed). */
    private void resume(ReportRun run) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = RunService.parameters(run.getId());
        // JBeret refuses to restart an execution still STARTED in the repository unless told to check
        // that it is not running in this server: after a crash it is not.
        parameters.setProperty("jberet.restart.mode", "detect");
        try {
            long execution = run.getJobExecutionId().isPresent()
                    ? operator.restart(run.getJobExecutionId().get(), parameters)
                    : operator.start(RunService.JOB, parameters);
            runs.executing(run.getId(), execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + run.getId() + " could not be resumed", e);
            runs.update(
                    run.getId(),
                    r -> r.fail("The run could not be resumed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            throw new ProblemException(
                    503, "Service unavailable", "Run " + run.getId() + " could not be resumed and is FAILED");
        }
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }
}
