package org.rollcall.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.rollcall.demo.DemoFiles;
import org.rollcall.demo.DemoSchoolGenerator;
import org.rollcall.demo.DemoSpec;
import org.rollcall.launcher.EmbeddedDatabase;
import org.rollcall.launcher.ServerProcess;

/**
 * Import benchmark, end to end through the REST API on a real WildFly and MariaDB:
 * <ol>
 *   <li>a 1,500-pupil secondary school with two academic years of marks (about 1.1 million) — the
 *       target is 15 s or less for the marks file;</li>
 *   <li>the server's heap while importing: sampled every 100 ms with {@code jstat}, for a small and
 *       the large file, to show it does not grow with the file;</li>
 *   <li>a 100,000-pupil authority roll and a week of its marks under a 2 GB heap.</li>
 * </ol>
 * Run: {@code mvn -B -Pimport-benchmark verify} (see README). Prints its figures; asserts nothing.
 */
public final class ImportBenchmark {
    private static final String USER = "admin";
    private static final String PASSWORD = "benchmark-admin";

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "import-benchmark").toAbsolutePath();
        delete(work);
        Files.createDirectories(work);
        int dbPort = 3317;
        int httpPort = 8190;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("db"), dbPort);
                ServerProcess server = ServerProcess.start(
                        Path.of("target", "server"),
                        Path.of("target", "rollcall.war"),
                        work.resolve("server-base"),
                        Map.of(
                                "jboss.http.port",
                                String.valueOf(httpPort),
                                "jboss.management.http.port",
                                String.valueOf(httpPort + 1),
                                "rollcall.db.url",
                                db.jdbcUrl(),
                                "rollcall.data.dir",
                                work.resolve("data").toString(),
                                "rollcall.admin.password",
                                PASSWORD,
                                "rollcall.max.upload.mb",
                                "4096"))) {
            String base = "http://localhost:" + httpPort + "/rollcall";
            server.awaitHealthy(base, Duration.ofMinutes(3));
            Api api = new Api(base + "/api/");
            long serverPid = server.javaPid();
            System.out.println("[benchmark] server pid " + serverPid + ", heap limit -Xmx2g");

            DemoFiles school = generate(work.resolve("school"), 1500, 2);
            load(api, "999401", school);
            HeapSampler heap = HeapSampler.start(serverPid);
            long t0 = System.nanoTime();
            String result = api.csv("schools/999401/marks", school.marks());
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stop();
            System.out.printf(
                    "[benchmark] 1,500 pupils, two years: %,d marks (%,d MB file) imported in %.1f s (%,.0f marks/s); peak heap used %,d MB%n",
                    school.markCount(),
                    Files.size(school.marks()) / (1024 * 1024),
                    seconds,
                    school.markCount() / seconds,
                    peak);
            System.out.println("[benchmark]   " + result);

            HeapSampler again = HeapSampler.start(serverPid);
            t0 = System.nanoTime();
            api.csv("schools/999401/marks", school.marks());
            System.out.printf(
                    "[benchmark] the same file again (all unchanged): %.1f s; peak heap used %,d MB%n",
                    (System.nanoTime() - t0) / 1e9, again.stop());

            DemoFiles small = generate(work.resolve("small"), 150, 2);
            api.put("schools/999402", "{\"name\":\"Small School\",\"phase\":\"secondary\"}");
            api.put("schools/999402/calendar", Files.readString(small.calendarJson()));
            api.csv("schools/999402/pupils", small.pupils());
            HeapSampler smallHeap = HeapSampler.start(serverPid);
            api.csv("schools/999402/marks", small.marks());
            System.out.printf(
                    "[benchmark] 150 pupils, two years: %,d marks; peak heap used %,d MB (compare with the 1,500-pupil file)%n",
                    small.markCount(), smallHeap.stop());

            DemoFiles authority = new DemoSchoolGenerator()
                    .generate(
                            new DemoSpec(
                                    7,
                                    100_000,
                                    DemoSpec.Phase.SECONDARY,
                                    LocalDate.of(2025, 9, 1),
                                    1,
                                    Optional.of(LocalDate.of(2025, 9, 12))),
                            work.resolve("authority"));
            api.put("schools/999403", "{\"name\":\"Authority Roll\",\"phase\":\"secondary\"}");
            api.put("schools/999403/calendar", Files.readString(authority.calendarJson()));
            HeapSampler big = HeapSampler.start(serverPid);
            t0 = System.nanoTime();
            api.csv("schools/999403/pupils", authority.pupils());
            double pupilsSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            api.csv("schools/999403/marks", authority.marks());
            double marksSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "[benchmark] 100,000 pupils: roll in %.1f s, %,d marks in %.1f s; peak heap used %,d MB of 2,048%n",
                    pupilsSeconds, authority.markCount(), marksSeconds, big.stop());
        }
    }

    private static DemoFiles generate(Path dir, int pupils, int years) {
        return new DemoSchoolGenerator()
                .generate(
                        new DemoSpec(
                                2024,
                                pupils,
                                DemoSpec.Phase.SECONDARY,
                                LocalDate.of(2024, 9, 1),
                                years,
                                Optional.empty()),
                        dir);
    }

    private static void load(Api api, String urn, DemoFiles files) throws Exception {
        api.put("schools/" + urn, "{\"name\":\"" + files.school().name() + "\",\"phase\":\"secondary\"}");
        api.put("schools/" + urn + "/calendar", Files.readString(files.calendarJson()));
        api.csv("schools/" + urn + "/pupils", files.pupils());
    }

    /** Samples the server's used heap (S0U+S1U+EU+OU from jstat) until stopped; returns the peak in MB. */
    static final class HeapSampler {
        private final AtomicLong peakKb = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapSampler(long pid) {
            thread = new Thread(() -> {
                while (running) {
                    sample(pid);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapSampler start(long pid) {
            HeapSampler sampler = new HeapSampler(pid);
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peakKb.get() / 1024;
        }

        private void sample(long pid) {
            try {
                Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).start();
                String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                        .trim()
                        .split("\n");
                jstat.waitFor();
                if (lines.length < 2) {
                    return;
                }
                String[] head = lines[0].trim().split("\\s+");
                String[] values = lines[1].trim().split("\\s+");
                double used = 0;
                for (int i = 0; i < head.length; i++) {
                    if (head[i].equals("S0U")
                            || head[i].equals("S1U")
                            || head[i].equals("EU")
                            || head[i].equals("OU")) {
                        used += Double.parseDouble(values[i]);
                    }
                }
                long kb = (long) used;
                peakKb.accumulateAndGet(kb, Math::max);
            } catch (IOException | InterruptedException | NumberFormatException e) {
                // a missed sample does not change the peak much
            }
        }
    }

    /** Just enough HTTP for the benchmark. */
    static final class Api {
        private final HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final String auth =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        Api(String base) {
            this.base = base;
        }

        void put(String path, String json) throws Exception {
            send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        String csv(String path, Path file) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", auth)
                            .timeout(Duration.ofMinutes(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
