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
import java.util.stream.Stream;

/**
 * The provisioned WildFly in {@code target/server}, started as a child process with its own base
 * folder (so the build's copy stays clean for the tests) and the WAR in its deployments folder.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ServerProcess start(Path serverHome, Path war, Path baseDir, Map<String, String> properties)
            throws IOException {
        copyFreshBase(serverHome.resolve("standalone"), baseDir);
        Files.copy(war, baseDir.resolve("deployments").resolve("rollcall.war"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>();
        command.add(serverHome.resolve("bin").resolve(windows() ? "standalone.bat" : "standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + baseDir.toAbsolutePath());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        Path log = baseDir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the server's heap: ROLLCALL_SERVER_HEAP (default 2g), the limit an authority's files import within
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx" + System.getenv().getOrDefault("ROLLCALL_SERVER_HEAP", "2g")
                + " -Djava.awt.headless=true");
        return new ServerProcess(builder.start(), log);
    }

    /** Polls the health endpoint until it answers UP. */
    public void awaitHealthy(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not become ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** The server JVM's process id (the start script forks it), for tools that watch its heap. */
    public long javaPid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    public Path log() {
        return log;
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        // the start script forks the JVM: stop the whole tree, children first
        process.descendants().sorted(Comparator.comparing(ProcessHandle::pid).reversed()).forEach(ProcessHandle::destroy);
        process.destroy();
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
                } else if (!file.startsWith(source.resolve("deployments")) && !file.startsWith(source.resolve("data"))
                        && !file.startsWith(source.resolve("tmp")) && !file.startsWith(source.resolve("log"))) {
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
