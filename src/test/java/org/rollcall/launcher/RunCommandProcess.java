package org.rollcall.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Run command's launcher started by a test as a separate JVM ({@code java -cp <test classpath>
 * org.rollcall.launcher.Launcher}), without the demo, on free ports, with its output in a log file
 * under {@code target/it/run-command}. Remembers every process the launcher started, so
 * {@link #close()} can end whatever is left even when a test fails half-way.
 */
final class RunCommandProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "run-command-it-password";

    private final Process launcher;
    private final Path log;
    private final int httpPort;
    private final Set<ProcessHandle> started = new LinkedHashSet<>();

    private RunCommandProcess(Process launcher, Path log, int httpPort) {
        this.launcher = launcher;
        this.log = log;
        this.httpPort = httpPort;
    }

    /** Starts the launcher on this data folder and waits until it says Rollcall is running. */
    static RunCommandProcess start(Path dataDir, String name) throws IOException, InterruptedException {
        return start(dataDir, name, Map.of());
    }

    /**
     * As {@link #start(Path, String)}, with system properties added or replaced (for example
     * {@code rollcall.db.url} for a second server on the first one's database).
     */
    static RunCommandProcess start(Path dataDir, String name, Map<String, String> properties)
            throws IOException, InterruptedException {
        Path work = Path.of(System.getProperty("it.work.dir"))
                .resolve("run-command")
                .toAbsolutePath();
        Files.createDirectories(work);
        Path log = work.resolve(name + ".log");
        int httpPort = Integer.parseInt(properties.getOrDefault("rollcall.http.port", String.valueOf(freePort())));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rollcall.data.dir", dataDir.toString());
        settings.put("rollcall.demo", "false");
        settings.put("rollcall.server.heap", "768m");
        settings.put("rollcall.http.port", String.valueOf(httpPort));
        settings.put("rollcall.management.port", String.valueOf(freePort()));
        settings.put("rollcall.embedded.db.port", String.valueOf(freePort()));
        settings.put("rollcall.admin.password", ADMIN_PASSWORD);
        settings.put("rollcall.inbox.auto", "false");
        settings.put("rollcall.server.home", System.getProperty("jboss.home"));
        settings.put("rollcall.war", System.getProperty("it.war"));
        settings.put("rollcall.server.base", work.resolve(name + "-server").toString());
        settings.putAll(properties);
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx256m", "-cp", testClassPath()));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(Launcher.class.getName());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // only what the test says: no ROLLCALL_* or JAVA_OPTS of whoever runs the build
        builder.environment().keySet().removeIf(k -> k.startsWith("ROLLCALL_") || k.equals("JAVA_OPTS"));
        RunCommandProcess run = new RunCommandProcess(builder.start(), log, httpPort);
        try {
            run.awaitRunning(Duration.ofMinutes(4));
        } catch (RuntimeException | InterruptedException e) {
            run.close();
            throw e;
        }
        return run;
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + httpPort + "/rollcall/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WildFly server JVM under the launcher (the start script forks it). */
    ProcessHandle wildFlyJvm() {
        return descendant("jboss-modules.jar");
    }

    ProcessHandle mariaDb() {
        return descendant("mariadbd");
    }

    /** SIGTERM, as a supervisor stops a service (Ctrl-C's SIGINT runs the same shutdown hook). */
    void stop() {
        launcher.destroy();
    }

    /** SIGKILL to the launcher and every process under it at once, as when a machine or container dies. */
    void killEverything() {
        remember();
        launcher.toHandle().destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
        awaitAllGone(Duration.ofSeconds(30));
    }

    /** The launcher's exit code, once it has exited (fails after the timeout). */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!launcher.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(
                    "The launcher did not exit within " + timeout.toSeconds() + " s; output:\n" + output());
        }
        return launcher.exitValue();
    }

    /** Whether every process the launcher started has ended within the timeout. */
    boolean awaitAllGone(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle p : started) {
            try {
                p.onExit()
                        .get(
                                Math.max(
                                        1,
                                        Duration.between(Instant.now(), deadline)
                                                .toMillis()),
                                TimeUnit.MILLISECONDS);
            } catch (Exception notInTime) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        remember();
        launcher.toHandle().destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
        awaitAllGone(Duration.ofSeconds(30));
    }

    private void awaitRunning(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            remember();
            if (output().contains("Press Ctrl-C to stop.")) {
                remember();
                return;
            }
            if (!launcher.isAlive()) {
                throw new AssertionError(
                        "The launcher exited with " + launcher.exitValue() + " while starting:\n" + output());
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The launcher did not start within " + timeout.toSeconds() + " s:\n" + output());
    }

    private void remember() {
        launcher.descendants().forEach(started::add);
    }

    private ProcessHandle descendant(String commandPart) {
        Optional<ProcessHandle> found = launcher.descendants()
                .filter(p ->
                        p.info().commandLine().map(c -> c.contains(commandPart)).orElse(false))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("No process " + commandPart + " under the launcher"));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Failsafe puts the test classpath in a manifest-only jar; it names the real one here. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
