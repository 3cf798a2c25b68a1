package org.rollcall.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the benchmark's server's JIT is doing, read with {@code jstat -compiler} (a JVM of its own each time). */
final class ServerJit {
    private ServerJit() {}

    /** Methods the server's JIT has compiled so far, and the milliseconds it took. */
    static long[] compiled(long pid) throws Exception {
        Process jstat = new ProcessBuilder("jstat", "-compiler", String.valueOf(pid)).start();
        String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .trim()
                .split("\n");
        jstat.waitFor();
        List<String> head = List.of(lines[0].trim().split("\\s+"));
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        return new long[] {
            Long.parseLong(values[head.indexOf("Compiled")]),
            Math.round(Double.parseDouble(values[head.indexOf("Time")]) * 1000)
        };
    }

    /**
     * Waits until the server's JIT has compiled nothing for two seconds (at most a minute), as on a server that is
     * idle between runs, so what the last run left for the JIT is compiled before the next run, not inside it.
     * Returns the milliseconds waited.
     */
    static long awaitIdle(long pid) throws Exception {
        long start = System.nanoTime();
        long[] last = compiled(pid);
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(1000);
            long[] now = compiled(pid);
            quiet = now[0] == last[0] ? quiet + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
