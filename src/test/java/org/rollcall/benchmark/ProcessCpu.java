package org.rollcall.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a process's CPU went, thread by thread, read from Linux's {@code /proc/PID/task/TID/stat} (user and
 * system time of each thread; no JVM is started, unlike jstat). Threads are grouped by name with the numbers
 * taken out, so the four render workers are one line. Empty where there is no {@code /proc}.
 */
final class ProcessCpu {
    /** Clock ticks per second of {@code /proc}'s times: 100 on every Linux this runs on. */
    private static final double TICK_MS = 10;

    private ProcessCpu() {}

    /** CPU milliseconds so far per thread group of the process (threads that ended are not counted). */
    static Map<String, Long> byThread(long pid) {
        Map<String, Long> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name is in parentheses and may hold spaces; the fields after it are space separated
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                    groups.merge(group(name), Math.round(ticks * TICK_MS), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            });
        } catch (IOException noProc) {
            return Map.of();
        }
        return groups;
    }

    /** What each group used between two readings, largest first, groups under 20 ms left out. */
    static String spent(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> spent = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() >= 20)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> spent.put(e.getKey(), e.getValue()));
        long sum = spent.values().stream().mapToLong(Long::longValue).sum();
        return String.format(java.util.Locale.ROOT, "%,d ms", sum) + " ("
                + spent.entrySet().stream()
                        .map(e -> String.format(java.util.Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /**
     * The machine's idle, I/O-wait and stolen milliseconds so far (all cores), from {@code /proc/stat}: stolen
     * time is what the host gave other guests while this one wanted a core.
     */
    static long[] machine() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return new long[] {
                Math.round(Long.parseLong(cpu[4]) * TICK_MS),
                Math.round(Long.parseLong(cpu[5]) * TICK_MS),
                Math.round(Long.parseLong(cpu[8]) * TICK_MS)
            };
        } catch (IOException | RuntimeException noProc) {
            return new long[3];
        }
    }

    /** CPU milliseconds of a process so far from {@code /proc/PID/stat} (one file: cheap enough to read often). */
    static long processMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Math.round((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /**
     * The cores a set of processes kept busy, every {@code stepMillis}, while it runs: where a run leaves a core
     * idle (its start, its end, a wait) shows as a low figure. Its own cost is reading one small file per process
     * per step.
     */
    static final class Timeline implements AutoCloseable {
        private final long[] pids;
        private final long stepMillis;
        private final StringBuilder cores = new StringBuilder();
        private final Thread sampler;
        private volatile boolean stopped;

        Timeline(long stepMillis, long... pids) {
            this.pids = pids;
            this.stepMillis = stepMillis;
            this.sampler = new Thread(this::sample, "cpu-timeline");
            sampler.setDaemon(true);
            sampler.start();
        }

        private long now() {
            long sum = 0;
            for (long pid : pids) {
                sum += processMillis(pid);
            }
            return sum;
        }

        private void sample() {
            long last = now();
            long lastAt = System.nanoTime();
            while (!stopped) {
                try {
                    Thread.sleep(stepMillis);
                } catch (InterruptedException e) {
                    return;
                }
                long cpu = now();
                long at = System.nanoTime();
                synchronized (cores) {
                    cores.append(String.format(
                            java.util.Locale.ROOT, "%.1f ", (cpu - last) * 1e6 / Math.max(1, at - lastAt)));
                }
                last = cpu;
                lastAt = at;
            }
        }

        @Override
        public void close() {
            stopped = true;
            sampler.interrupt();
        }

        /** The figures so far, one per step, as "1.2 1.9 2.0 ...". */
        String cores() {
            synchronized (cores) {
                return cores.toString().trim();
            }
        }
    }

    /** "EE-ManagedExecu" for each of the executor's threads (Linux keeps 15 characters of a name). */
    private static String group(String name) {
        String trimmed = name.replaceAll("[#\\-\\s]*\\d+$", "").trim();
        return trimmed.isEmpty() ? name : trimmed;
    }
}
