package org.rollcall.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.demo.DemoFiles;
import org.rollcall.demo.DemoSchoolGenerator;
import org.rollcall.demo.DemoSpec;
import org.rollcall.launcher.EmbeddedDatabase;
import org.rollcall.launcher.ServerProcess;

/**
 * Parent-printout benchmark (issue 9), end to end on a real WildFly and the embedded MariaDB: a
 * 1,500-pupil secondary school over the autumn term 2025 (the demo generator's roll, contacts and
 * marks), loaded through the API; a warm-up run of the same; on the same data in the same server, the naive
 * loop (template compiled once, one fill and one export per pupil) beside {@code JasperRenderer.renderEach},
 * through the benchmark-only endpoint; more warm-up runs; then PARENT_PRINTOUTS for the whole school through
 * the API, timed from the POST to COMPLETED with nothing else running, a few times, each with what the
 * server's JIT compiled meanwhile; then once more with the server's heap sampled by {@code jstat}; then the
 * loop again. Run: {@code mvn -B -Pprintout-benchmark verify}. Prints; asserts nothing.
 */
public final class PrintoutBenchmark {
    private static final String USER = "admin";
    /** At least 12 characters, as the server requires of an admin password. */
    private static final String PASSWORD = "printout-benchmark";

    private static final String URN = "999501";
    private static final String FROM = "2025-09-01";
    private static final String TO = "2025-12-19";
    /** Whole-school runs before the timed ones (-Drollcall.benchmark.warm.up.runs), the naive loop after the first. */
    private static final int WARM_UP_RUNS = Integer.getInteger("rollcall.benchmark.warm.up.runs", 6);
    /** Timed runs after the warm-ups (-Drollcall.benchmark.timed.runs, default 3): the spread is the machine's. */
    private static final int TIMED_RUNS = Integer.getInteger("rollcall.benchmark.timed.runs", 3);

    /**
     * How often a run's status is read: the time from POST to COMPLETED is known to within this. A poll costs the
     * server some 4 CPU-ms (the view lists every document id of the run): polled every 50 ms, 0.35 CPU-seconds of
     * a run went to the polls.
     */
    private static final long POLL_MS = 100;

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target", "printout-benchmark").toAbsolutePath();
        delete(work);
        Files.createDirectories(work);
        int dbPort = freePort();
        int httpPort = freePort();
        int managementPort = freePort();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("db"), dbPort);
                ServerProcess server = ServerProcess.start(
                        Path.of("target", "server"),
                        Path.of("target", "rollcall.war"),
                        work.resolve("server-base"),
                        Map.of(
                                "jboss.http.port",
                                String.valueOf(httpPort),
                                "jboss.management.http.port",
                                String.valueOf(managementPort),
                                "rollcall.db.url",
                                db.jdbcUrl(),
                                "rollcall.data.dir",
                                work.resolve("data").toString(),
                                "rollcall.admin.password",
                                PASSWORD,
                                "rollcall.max.upload.mb",
                                "4096",
                                "rollcall.benchmark.endpoints",
                                "true"))) {
            String base = "http://localhost:" + httpPort + "/rollcall";
            server.awaitHealthy(base, Duration.ofMinutes(3));
            Client api = new Client(base + "/api/");
            DemoFiles school = new DemoSchoolGenerator()
                    .generate(
                            new DemoSpec(
                                    2025,
                                    1500,
                                    DemoSpec.Phase.SECONDARY,
                                    LocalDate.of(2025, 9, 1),
                                    1,
                                    Optional.of(LocalDate.parse(TO))),
                            work.resolve("school"));
            load(api, school);
            System.out.printf(
                    "[benchmark] %,d pupils, %,d marks loaded (autumn term 2025)%n",
                    school.pupilCount(), school.markCount());

            String whole = "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\"}";
            // a whole-school run first: the JIT compiles the run's own paths (archive, mail, print file), as on a
            // server that has been up for a while; a one-form warm-up left 2.4 s of compiling inside the timed run
            JsonObject warm = run(api, whole);
            System.out.println("[benchmark] warm-up (the same run once): " + warm.getString("status") + ", "
                    + warm.getString("message"));

            loop(api, "before the run");
            // and more: the loop's own compiling, and the JIT's second tier for code that runs once a document
            // (a writer's close, a report's fill), would otherwise still be going on in the timed runs
            for (int i = 1; i < WARM_UP_RUNS; i++) {
                long[] compiledBefore = ServerJit.compiled(server.javaPid());
                run(api, whole);
                long[] compiledAfter = ServerJit.compiled(server.javaPid());
                long idle = ServerJit.awaitIdle(server.javaPid());
                long[] settled = ServerJit.compiled(server.javaPid());
                System.out.printf(
                        "[benchmark] warm-up run %d of %d: the JIT compiled %,d methods in %,d ms, then %,d more in"
                                + " %,d ms while the server was idle (%,d ms)%n",
                        i + 1,
                        WARM_UP_RUNS,
                        compiledAfter[0] - compiledBefore[0],
                        compiledAfter[1] - compiledBefore[1],
                        settled[0] - compiledAfter[0],
                        settled[1] - compiledAfter[1],
                        idle);
            }
            // timed with nothing else running: each jstat sample is a JVM of its own (about 0.25 CPU-seconds), and
            // sampling every 100 ms took some 40% of the two cores away from the run it was measuring
            for (int i = 1; i <= TIMED_RUNS; i++) {
                ServerJit.awaitIdle(server.javaPid());
                // the earlier runs' files written back to the disk first, as on a server idle between runs: with
                // their writeback still going, the run's own forced writes had waited for it
                long syncStarted = System.nanoTime();
                new ProcessBuilder("sync").inheritIO().start().waitFor();
                long syncMillis = (System.nanoTime() - syncStarted) / 1_000_000;
                long[] compiledBefore = ServerJit.compiled(server.javaPid());
                long[] machineBefore = ProcessCpu.machine();
                Map<String, Long> cpuBefore = ProcessCpu.byThread(server.javaPid());
                long dbBefore = ProcessCpu.processMillis(db.process().pid());
                long startedAt = System.currentTimeMillis();
                long t0 = System.nanoTime();
                ProcessCpu.Timeline timeline = new ProcessCpu.Timeline(
                        200, server.javaPid(), db.process().pid());
                JsonObject run = run(api, whole);
                double seconds = (System.nanoTime() - t0) / 1e9;
                timeline.close();
                Map<String, Long> cpuAfter = ProcessCpu.byThread(server.javaPid());
                long dbAfter = ProcessCpu.processMillis(db.process().pid());
                long[] machineAfter = ProcessCpu.machine();
                long[] compiledAfter = ServerJit.compiled(server.javaPid());
                int pupils = run.getJsonObject("progress").getInt("total");
                System.out.printf(
                        "[benchmark] timed run %d of %d, PARENT_PRINTOUTS, %,d pupils: %s in %.2f s from POST to %s"
                                + " (%.2f ms per pupil end to end; started at %d ms since the epoch)%n",
                        i,
                        TIMED_RUNS,
                        pupils,
                        run.getJsonObject("documentCounts"),
                        seconds,
                        run.getString("status"),
                        seconds * 1000 / Math.max(1, pupils),
                        startedAt);
                System.out.println("[benchmark]   server: " + run.getString("message"));
                System.out.printf(
                        "[benchmark]   the server's JIT during the run (jstat -compiler before and after): %,d methods"
                                + " compiled in %,d ms%n",
                        compiledAfter[0] - compiledBefore[0], compiledAfter[1] - compiledBefore[1]);
                System.out.printf(
                        "[benchmark]   CPU during the run (/proc, per thread): server %s; MariaDB %,d ms%n",
                        ProcessCpu.spent(cpuBefore, cpuAfter), dbAfter - dbBefore);
                System.out.println("[benchmark]   cores busy (server and MariaDB) every 0.2 s: " + timeline.cores());
                System.out.printf(
                        "[benchmark]   machine during the run: idle %,d ms, waiting for I/O %,d ms, stolen by the host %,d"
                                + " ms (both cores); sync before it took %,d ms%n",
                        machineAfter[0] - machineBefore[0],
                        machineAfter[1] - machineBefore[1],
                        machineAfter[2] - machineBefore[2],
                        syncMillis);
            }
            // then once more with the server's heap sampled (its time is not the run's: the sampler takes CPU)
            ImportBenchmark.HeapSampler heap = ImportBenchmark.HeapSampler.start(server.javaPid());
            long t0 = System.nanoTime();
            JsonObject sampled = run(api, whole);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = heap.stop();
            System.out.printf(
                    "[benchmark] the same run with the heap sampled by jstat every 100 ms: %s in %.2f s; peak heap used"
                            + " %,d MB (garbage not yet collected included; server heap %s)%n",
                    sampled.getString("status"),
                    seconds,
                    peak,
                    org.rollcall.platform.Settings.get("ROLLCALL_SERVER_HEAP", "2g"));

            loop(api, "after the run");
        }
    }

    /** The naive loop beside renderEach on the same data (before and after the run: the machine's load varies). */
    private static void loop(Client api, String when) throws Exception {
        JsonObject loop = Json.createReader(new StringReader(
                        api.post("benchmark/printouts?urn=" + URN + "&from=" + FROM + "&to=" + TO, "")))
                .readObject();
        System.out.printf(
                "[benchmark] same data, same server, %s: naive loop %.2f ms per pupil; Rollcall renderEach %.2f ms per"
                        + " pupil; ratio %.2fx (%,d pupils; %,d and %,d bytes of PDF)%n",
                when,
                loop.getJsonNumber("naiveMsPerPupil").doubleValue(),
                loop.getJsonNumber("rollcallMsPerPupil").doubleValue(),
                loop.getJsonNumber("ratio").doubleValue(),
                loop.getInt("pupils"),
                loop.getJsonNumber("naiveBytes").longValue(),
                loop.getJsonNumber("rollcallBytes").longValue());
    }

    private static void load(Client api, DemoFiles files) throws Exception {
        api.put(
                "schools/" + URN,
                "{\"name\":\"" + files.school().name() + "\",\"phase\":\"secondary\","
                        + "\"address\":[\"School Road\",\"Oakfield\",\"DM1 1AA\"],\"phone\":\"01234 567890\","
                        + "\"attendanceChampion\":{\"name\":\"Ms Jo Champion\",\"email\":\"attendance@school.example\"}}");
        api.put("schools/" + URN + "/calendar", Files.readString(files.calendarJson()));
        api.csv("schools/" + URN + "/pupils", files.pupils());
        api.csv("schools/" + URN + "/contacts", files.contacts());
        api.csv("schools/" + URN + "/marks", files.marks());
    }

    private static JsonObject run(Client api, String request) throws Exception {
        JsonObject started = Json.createReader(new StringReader(api.post("schools/" + URN + "/runs", request)))
                .readObject();
        long id = started.getJsonNumber("id").longValue();
        JsonObject run;
        do {
            Thread.sleep(POLL_MS);
            run = Json.createReader(new StringReader(api.get("runs/" + id))).readObject();
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status")));
        return run;
    }

    /** A port free now (other builds on the machine use theirs): the system picks it. */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Just enough HTTP for the benchmark. It logs in once through the page's session ({@code POST /api/session})
     * and then sends the session cookie: with HTTP Basic every poll of the run checks the bcrypt password again,
     * and on two cores those checks took about half the CPU the run itself had (seen in a flight recording).
     */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager())
                .build();
        private final String base;

        Client(String base) throws Exception {
            this.base = base;
            post("session", "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}");
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        void put(String path, String json) throws Exception {
            send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        String post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        void csv(String path, Path file) throws Exception {
            send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        }

        private String send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(
                    request.header("X-Rollcall-Page", "1")
                            .timeout(Duration.ofMinutes(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            return response.body();
        }
    }
}
