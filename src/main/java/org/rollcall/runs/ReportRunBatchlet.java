package org.rollcall.runs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The batch step of a run: does the work of its kind. A failure is recorded on the run and then
 * thrown on, so the Jakarta Batch job ends FAILED as well (and can be seen and restarted as such).
 */
@Named("reportRunBatchlet")
@Dependent
public class ReportRunBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(ReportRunBatchlet.class.getName());

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    GovernorPackRun governorPack;

    @Inject
    ParentPrintoutRun parentPrintouts;

    @Inject
    StaffDataRun staffData;

    @Inject
    RunRepository runs;

    @Override
    public String process() {
        long id = Long.parseLong(runId);
        try {
            runs.update(id, run -> run.started(job.getExecutionId()));
            switch (runs.find(id).orElseThrow().getKind()) {
                case GOVERNOR_PACK -> governorPack.execute(id);
                case PARENT_PRINTOUTS -> parentPrintouts.execute(id);
                case STAFF_DATA -> staffData.execute(id);
            }
            return "COMPLETED";
        } catch (RuntimeException e) {
            // the log names the run and the error, never a pupil (messages of this code base name none)
            LOG.log(Level.SEVERE, "Run " + id + " failed", e);
            runs.update(
                    id,
                    run -> run.fail("The run failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            throw e;
        }
    }
}
