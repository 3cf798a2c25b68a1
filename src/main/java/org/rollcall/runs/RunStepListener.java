package org.rollcall.runs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After each step of a run's job: a step that failed marks the run FAILED with the reason (and the
 * job's exit status says it too). It runs after the chunk's transaction has rolled back, so the run's
 * row is written on its own and never waits for a lock the failed chunk still held.
 */
@Named("runStepListener")
@Dependent
public class RunStepListener extends AbstractStepListener {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    RunWorks works;

    @Override
    public void afterStep() {
        if (step.getBatchStatus() == BatchStatus.FAILED || step.getException() != null) {
            Exception e = step.getException();
            works.failed(
                    job,
                    Long.parseLong(runId),
                    e instanceof RuntimeException r ? r : new IllegalStateException("The batch step failed", e));
        }
    }
}
