package org.rollcall.runs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads a run's items (pupils, forms and year groups) in order; the checkpoint is how many were read. */
@Named("runItemReader")
@Dependent
public class RunItemReader extends AbstractItemReader {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    RunWorks works;

    private RunWork work;
    private List<String> keys;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        work = works.of(job, Long.parseLong(runId));
        keys = work.itemKeys();
        next = checkpoint instanceof Integer position ? position : 0;
        work.startAt(next);
    }

    @Override
    public void close() {
        if (work != null) {
            work.stopAhead();
        }
    }

    @Override
    public Object readItem() {
        return next < keys.size() ? new RunItem(next, keys.get(next++)) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
