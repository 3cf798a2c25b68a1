package org.rollcall.runs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk of a run's items: renders those not archived yet, archives them and queues their
 * mail (keyed, so a chunk repeated after a crash adds nothing), then records the progress.
 */
@Named("runItemWriter")
@Dependent
public class RunItemWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    RunWorks works;

    @Inject
    RunRepository runs;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(runId);
        RunWork work = works.of(job, id);
        List<RunItem> chunk = items.stream().map(RunItem.class::cast).toList();
        work.write(chunk);
        // in the chunk's transaction: the progress commits with the chunk and its checkpoint
        runs.progress(
                id, chunk.get(chunk.size() - 1).index() + 1, work.itemKeys().size());
    }
}
