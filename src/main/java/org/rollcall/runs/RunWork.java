package org.rollcall.runs;

import java.util.List;

/**
 * What one execution of a run's batch job works from, made once per execution (the figures, the
 * letterhead, the pupils or groups): the items the chunk step reads, how a chunk of them is written,
 * and the whole-run work of the last step. Kinds without items (governor pack, SEF) only finish.
 */
interface RunWork {
    /** The keys of the chunk step's items in a fixed order (a checkpoint is a position in it). */
    List<String> itemKeys();

    /** Renders, archives and queues the mail of these items, skipping what exists already. */
    void write(List<RunItem> items);

    /**
     * The chunk step starts at this item (0, or the one after the last checkpoint): a kind may start its
     * work ahead from there (rendering, the print file) so that archiving a chunk does not stop it.
     */
    default void startAt(int position) {}

    /** The chunk step has ended, done or not: rendering still ahead for it is cancelled. */
    default void stopAhead() {}

    /** The run has failed: any work still going for its last step is cancelled too. */
    default void abandon() {
        stopAhead();
    }

    /** The whole-run work (print file, single documents); returns the run's summary. */
    String finish();

    /** A run whose work is all in the last step. */
    static RunWork finishing(java.util.function.Supplier<String> finish) {
        return new RunWork() {
            @Override
            public List<String> itemKeys() {
                return List.of();
            }

            @Override
            public void write(List<RunItem> items) {
                throw new IllegalStateException("A run of this kind has no items");
            }

            @Override
            public String finish() {
                return finish.get();
            }
        };
    }
}
