package org.rollcall.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rollcall.platform.Settings;

/**
 * The provisioned WildFly in {@code target/server}, started as a child process with its own base
 * folder (so the build's copy stays clean for the tests) and the WAR in its deployments folder.
 * The start script forks the server JVM; both are watched, and both are stopped.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process script;
    private final Path baseDir;
    private final Path log;

    private ServerProcess(Process script, Path baseDir, Path log) {
        this.script = script;
        this.baseDir = baseDir;
        this.log = log;
    }

    public static ServerProcess start(Path serverHome, Path war, Path baseDir, Map<String, String> properties)
            throws IOException {
        copyFreshBase(serverHome.resolve("standalone"), baseDir);
        Files.copy(war, baseDir.resolve("deployments").resolve("rollcall.war"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        command.add(serverHome
                .resolve("bin")
                .resolve(windows() ? "standalone.bat" : "standalone.sh")
                .toString());
        command.add("-Djboss.server.base.dir=" + baseDir.toAbsolutePath());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Path log = baseDir.resolve("console.log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the server's heap: ROLLCALL_SERVER_HEAP (default 2g), the limit an authority's files import within.
        // A 512 MB code cache: with the JVM's 240 MB the JIT was still recompiling JasperReports, OpenPDF and
        // JFreeChart code after two whole-school printout runs, and the run took 7.1 s of render CPU against
        // 5.0 s with it (printout benchmark, README). Tier4LoadFeedback=1000: the JIT no longer raises its
        // second-tier thresholds while its queue is long, so code that runs once a document (a writer's close, a
        // chart's build) is compiled in the first runs; with the default 3 a warm server still spent 2.7 to 4.7 s
        // compiling inside each whole-school run, with it 0.35 to 1.8 s
        builder.environment()
                .putIfAbsent(
                        "JAVA_OPTS",
                        "-Xms256m -Xmx" + Settings.get("ROLLCALL_SERVER_HEAP", "2g")
                                + " -XX:ReservedCodeCacheSize=512m -XX:Tier4LoadFeedback=1000"
                                + " -Djava.awt.headless=true");
        return new ServerProcess(builder.start(), baseDir, log);
    }

    /** Polls the health endpoint until it answers UP. */
    public void awaitHealthy(String baseUrl, Duration timeout) throws InterruptedException {
        awaitHealthy(baseUrl, timeout, () -> {});
    }

    /**
     * Polls the health endpoint until it answers UP. Fails at once when the server or the
     * {@code stillRunning} check ends, or the deployment failed (WildFly's {@code .failed} marker).
     */
    public void awaitHealthy(String baseUrl, Duration timeout, Runnable stillRunning) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(timeout);
        Path failed = baseDir.resolve("deployments").resolve("rollcall.war.failed");
        while (Instant.now().isBefore(deadline)) {
            stillRunning.run();
            if (!script.isAlive()) {
                throw new IllegalStateException("WildFly stopped while starting; see " + log);
            }
            if (Files.exists(failed)) {
                throw new IllegalStateException(
                        "WildFly could not deploy Rollcall: " + readQuietly(failed) + " (see " + log + ")");
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "WildFly did not become ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /**
     * Completes with what happened once WildFly is gone: the server JVM or its start script ended.
     * Call after {@link #awaitHealthy}, when the server JVM surely exists.
     */
    public CompletableFuture<String> ended() {
        Optional<ProcessHandle> jvm = serverJvm();
        CompletableFuture<?> first = jvm.isEmpty()
                ? script.onExit()
                : CompletableFuture.anyOf(script.onExit(), jvm.get().onExit());
        return first.thenApply(x -> howItEnded(jvm));
    }

    private String howItEnded(Optional<ProcessHandle> jvm) {
        List<String> seen = new ArrayList<>();
        jvm.filter(p -> !p.isAlive()).ifPresent(p -> seen.add("its Java process " + p.pid() + " ended"));
        if (!script.isAlive()) {
            seen.add("its start script (process " + script.pid() + ") ended with exit code " + script.exitValue());
        }
        return String.join("; ", seen);
    }

    /** The server JVM's process id (the start script forks it), for tools that watch its heap. */
    public long javaPid() {
        return serverJvm().map(ProcessHandle::pid).orElse(script.pid());
    }

    /** The start script, the process this launcher started. */
    public ProcessHandle script() {
        return script.toHandle();
    }

    /** The server JVM the start script forked, once it exists. */
    public Optional<ProcessHandle> jvm() {
        return serverJvm();
    }

    private Optional<ProcessHandle> serverJvm() {
        return script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    public Path log() {
        return log;
    }

    public int waitFor() throws InterruptedException {
        return script.waitFor();
    }

    /**
     * SIGTERM to the server JVM first (the start script does not pass signals on), then the
     * script; waits for a graceful stop, and ends what is left after {@link #STOP_TIMEOUT}.
     */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(script.descendants()
                .sorted(Comparator.comparing(ProcessHandle::pid).reversed())
                .toList());
        all.add(script.toHandle());
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle p : all) {
            try {
                p.onExit()
                        .get(
                                Math.max(
                                        1,
                                        Duration.between(Instant.now(), deadline)
                                                .toMillis()),
                                TimeUnit.MILLISECONDS);
            } catch (Exception notInTime) {
                System.err.println("[rollcall] WildFly process " + p.pid() + " did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s; ending it");
                p.destroyForcibly();
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "(" + file + " unreadable)";
        }
    }

    private static void copyFreshBase(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.startsWith(source.resolve("deployments"))
                        && !file.startsWith(source.resolve("data"))
                        && !file.startsWith(source.resolve("tmp"))
                        && !file.startsWith(source.resolve("log"))) {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(target.resolve("deployments"));
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
