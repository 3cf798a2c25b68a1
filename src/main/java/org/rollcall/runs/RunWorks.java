package org.rollcall.runs;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work of one execution of a run's job, made by its kind the first time a step asks and kept
 * in the job context for the other steps of that execution; the first ask marks the run RUNNING on
 * this server. Also records a failure on the run and on the job, with the reason ({@link RunStepListener}).
 */
@ApplicationScoped
public class RunWorks {
    private static final Logger LOG = Logger.getLogger(RunWorks.class.getName());

    @Inject
    RunRepository runs;

    @Inject
    RunNode node;

    @Inject
    ParentPrintoutRun parentPrintouts;

    @Inject
    StaffDataRun staffData;

    @Inject
    GovernorPackRun governorPack;

    @Inject
    SefSectionRun sefSection;

    RunWork of(JobContext job, long runId) {
        if (job.getTransientUserData() instanceof RunWork work) {
            return work;
        }
        runs.update(runId, run -> run.begin(job.getExecutionId(), node.owner()));
        ReportRun run = runs.find(runId).orElseThrow();
        RunWork work =
                switch (run.getKind()) {
                    case PARENT_PRINTOUTS -> parentPrintouts.prepare(run);
                    case STAFF_DATA -> staffData.prepare(run);
                    case GOVERNOR_PACK -> RunWork.finishing(() -> governorPack.finish(run));
                    case SEF_SECTION -> RunWork.finishing(() -> sefSection.finish(run));
                };
        job.setTransientUserData(work);
        return work;
    }

    /** The run and its job end FAILED with the reason; the caller throws the error on, so the step fails. */
    void failed(JobContext job, long runId, RuntimeException e) {
        // the log names the run and the error, never a pupil (messages of this code base name none)
        LOG.log(Level.SEVERE, "Run " + runId + " failed", e);
        if (job.getTransientUserData() instanceof RunWork work) {
            work.abandon();
        }
        String reason = "The run failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        runs.update(runId, run -> run.fail(reason));
        job.setExitStatus(reason.length() > 500 ? reason.substring(0, 500) : reason);
    }
}
