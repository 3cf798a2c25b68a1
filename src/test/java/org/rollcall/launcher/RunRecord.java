package org.rollcall.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes a Run command started on a data folder, in {@code <data folder>/rollcall-run.pids}
 * (process id, start instant, role), removed again once they are stopped. When a launcher is
 * killed alone (kill -9 on Maven), WildFly and MariaDB keep running; the next start on that folder
 * finds them here and refuses with their process ids instead of failing on a locked database or a
 * busy port. A process counts only if its id and start instant both match, so a reused id is not
 * taken for it.
 */
final class RunRecord {
    static final String FILE = "rollcall-run.pids";

    private final Path file;
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    RunRecord(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** Fails with a message naming them when processes of an earlier start still run. */
    void refuseIfStillRunning() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<String> running = new ArrayList<>();
        List<String> pids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(" ", 3);
            if (f.length == 3 && stillRunning(Long.parseLong(f[0]), f[1])) {
                running.add(f[2] + " (process " + f[0] + ")");
                pids.add(f[0]);
            }
        }
        if (!running.isEmpty()) {
            throw new IllegalStateException(
                    "An earlier start of the Run command on " + file.getParent() + " is still running: "
                            + String.join(", ", running) + ". If its launcher was killed, stop them (kill "
                            + String.join(" ", pids)
                            + ") and start again.");
        }
    }

    private static boolean stillRunning(long pid, String startedAt) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().startInstant())
                .map(Instant::toString)
                .filter(startedAt::equals)
                .isPresent();
    }

    void add(String role, ProcessHandle process) throws IOException {
        processes.put(role, process);
        List<String> lines = new ArrayList<>();
        processes.forEach((r, p) -> lines.add(
                p.pid() + " " + p.info().startInstant().map(Instant::toString).orElse("?") + " " + r));
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    /** Everything this start recorded has stopped (an earlier start's record is left alone). */
    void clear() {
        if (processes.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("[rollcall] Could not remove " + file + ": " + e.getMessage());
        }
    }
}
