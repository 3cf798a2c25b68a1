package org.rollcall.runs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The batch step of a run: does the work of its kind and records failure on the run itself. */
@Named("reportRunBatchlet")
@Dependent
public class ReportRunBatchlet extends AbstractBatchlet {
    private static final Logger LOG = Logger.getLogger(ReportRunBatchlet.class.getName());

    @Inject
    @BatchProperty
    String runId;

    @Inject
    GovernorPackRun governorPack;

    @Inject
    RunRepository runs;

    @Override
    public String process() {
        long id = Long.parseLong(runId);
        try {
            governorPack.execute(id);
            return "COMPLETED";
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + id + " failed", e);
            runs.update(id, run -> run.fail("The run failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return "FAILED";
        }
    }
}
