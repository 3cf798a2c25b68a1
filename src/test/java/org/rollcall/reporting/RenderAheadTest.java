package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Render-ahead hands results back in job order, keeps at most its window in flight, and renders ahead while the caller is busy. */
class RenderAheadTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static List<PdfJob> jobs(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new PdfJob(String.valueOf(i), "Job " + i, Map.of(), List.of()))
                .toList();
    }

    @Test
    void resultsComeBackInJobOrderWithAtMostTheWindowStarted() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handedBack = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<String> order = new ArrayList<>();
        try (RenderAhead ahead = new RenderAhead(pool, 5, jobs(40).iterator(), job -> {
            mostAhead.accumulateAndGet(started.incrementAndGet() - handedBack.get(), Math::max);
            sleepMillis(ThreadLocalRandom.current().nextInt(3));
            return new RenderAhead.Rendered(job, job.key().getBytes());
        })) {
            for (Optional<RenderAhead.Rendered> r = ahead.next(); r.isPresent(); r = ahead.next()) {
                handedBack.incrementAndGet();
                order.add(r.get().job().key());
                assertArrayEquals(r.get().job().key().getBytes(), r.get().pdf());
            }
        }
        assertEquals(IntStream.range(0, 40).mapToObj(String::valueOf).toList(), order);
        assertTrue(mostAhead.get() <= 6, "at most the window (5) plus the one being taken, was " + mostAhead.get());
    }

    @Test
    void theWorkersGoOnWhileTheCallerIsBusy() throws Exception {
        AtomicInteger done = new AtomicInteger();
        try (RenderAhead ahead = new RenderAhead(pool, 10, jobs(20).iterator(), job -> {
            done.incrementAndGet();
            return new RenderAhead.Rendered(job, new byte[0]);
        })) {
            assertEquals("0", ahead.next().orElseThrow().job().key());
            // the caller archives a chunk; meanwhile the window's jobs are rendered
            for (int i = 0; i < 100 && done.get() < 11; i++) {
                sleepMillis(10);
            }
            assertEquals(11, done.get(), "the first job and the ten ahead of the caller");
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
