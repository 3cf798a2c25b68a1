package org.rollcall.runs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rollcall.delivery.MailSender;

/**
 * The last step of a run: the whole-run work of its kind (the print file; the governor pack; the SEF
 * section), then COMPLETED with the summary. A failure fails the step, so the Jakarta Batch job ends
 * FAILED as well ({@link RunStepListener} records it on the run) and can be restarted from here.
 */
@Named("reportRunBatchlet")
@Dependent
public class ReportRunBatchlet extends AbstractBatchlet {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    RunWorks works;

    @Inject
    RunRepository runs;

    @Inject
    MailSender sender;

    @Override
    public String process() {
        long id = Long.parseLong(runId);
        String summary = works.of(job, id).finish();
        runs.update(id, run -> run.complete(summary));
        sender.sendSoon();
        return "COMPLETED";
    }
}
