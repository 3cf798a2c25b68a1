package org.rollcall.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs tasks on a pool and hands their results back in the order they were submitted, with at most
 * {@code window} tasks in flight: the caller's thread takes finished results as it goes and waits for the
 * oldest when the window is full, so memory holds a few documents, never the whole run. A failed task fails the caller with its cause; tasks
 * still running when the caller stops are cancelled.
 */
final class OrderedWorkers<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<T>> inFlight = new ArrayDeque<>();

    OrderedWorkers(ExecutorService pool, int window) {
        this.pool = pool;
        this.window = window;
    }

    /** Starts a task; the caller checks {@link #full()} first, so at most {@code window} are in flight. */
    void add(Callable<T> task) {
        inFlight.add(pool.submit(task));
    }

    /** The results that are already finished, oldest first, up to the first one still running. */
    List<T> ready() {
        List<T> done = new ArrayList<>();
        while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
            done.add(next().orElseThrow());
        }
        return done;
    }

    boolean full() {
        return inFlight.size() >= window;
    }

    boolean isEmpty() {
        return inFlight.isEmpty();
    }

    /** The oldest result still owed, waiting for it; empty when nothing is in flight. */
    Optional<T> next() {
        Future<T> oldest = inFlight.poll();
        if (oldest == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(oldest.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }
}
