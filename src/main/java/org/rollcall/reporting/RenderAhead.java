package org.rollcall.reporting;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Separate PDFs rendered in job order on the workers, up to {@code ahead} of the caller: each {@link #next}
 * tops the workers up and hands back the oldest. A run takes a chunk's printouts, then archives them while
 * the workers go on with the next chunk's, so rendering does not stop for the archive. Memory holds at most
 * {@code ahead} documents. One caller thread; closing it cancels what is still in flight.
 */
public final class RenderAhead implements AutoCloseable {
    /**
     * A rendered job: its PDF and its length; or, once the worker's {@code then} has stored it, only where (its
     * SHA-256) and its length, so what is rendered ahead holds no bytes that are on disk already.
     */
    public record Rendered(PdfJob job, byte[] pdf, String stored, int size) {
        public Rendered {
            if ((pdf == null) == (stored == null)) {
                throw new IllegalArgumentException("A rendered job has its PDF or where it is stored: " + job.key());
            }
        }

        /** Rendered and kept in memory. */
        public Rendered(PdfJob job, byte[] pdf) {
            this(job, pdf, null, pdf.length);
        }
    }

    private final OrderedWorkers<Rendered> workers;
    private final Iterator<Callable<Rendered>> tasks;

    /** @param render on a worker, an item to its document (items are whatever the caller's jobs are made from) */
    <T> RenderAhead(ExecutorService pool, int ahead, Iterator<T> items, Function<T, Rendered> render) {
        this.workers = new OrderedWorkers<>(pool, ahead);
        this.tasks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Callable<Rendered> next() {
                T item = items.next();
                return () -> render.apply(item);
            }
        };
        topUp();
    }

    /** The next job in order with its PDF, waiting for it; empty when every job has been handed back. */
    public Optional<Rendered> next() {
        topUp();
        Optional<Rendered> oldest = workers.next();
        topUp();
        return oldest;
    }

    private void topUp() {
        while (!workers.full() && tasks.hasNext()) {
            workers.add(tasks.next());
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
