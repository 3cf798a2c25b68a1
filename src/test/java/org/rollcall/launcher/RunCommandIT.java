package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.delivery.ContentStore;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.SmallSchool;

/**
 * The Run command's launcher as a user and a supervisor meet it, with its data folder under the
 * system temp folder (JUnit's {@code @TempDir}), where the embedded MariaDB used to wipe every
 * row at each start. Each test starts {@code Launcher} twice as its own JVM without the demo
 * (ROLLCALL_DEMO=false) on free ports (see {@link RunCommandProcess}); a start costs 30 to 50 s
 * on a busy 2-core machine, so the second start of each test also checks how the launcher meets
 * the death of one of its processes.
 */
class RunCommandIT {
    private static final String URN = "900300";
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    /** Then kills WildFly's JVM under the second start: the launcher says so, stops MariaDB and exits non-zero. */
    @Test
    void aSchoolSurvivesAStopAndAStartThenAKilledWildFlyStopsTheLauncher() throws Exception {
        Path data = temp.resolve("data");
        assertTrue(data.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), data.toString());
        try (RunCommandProcess first = RunCommandProcess.start(data, "stop-and-start-1")) {
            assertTrue(first.output().contains("The data folder is under the system temp folder"), first.output());
            assertEquals(
                    200,
                    api(first)
                            .putJson("schools/" + URN, "{\"name\":\"Temp Folder High\",\"phase\":\"secondary\"}")
                            .statusCode());
            first.stop();
            first.awaitExit(Duration.ofSeconds(90));
            assertTrue(first.awaitAllGone(Duration.ofSeconds(10)), "WildFly or MariaDB is still running");
            String stopped = first.output();
            assertTrue(
                    stopped.indexOf("WildFly stopped") < stopped.indexOf("The embedded MariaDB stopped")
                            && stopped.contains("[rollcall] Stopped."),
                    stopped);
        }
        try (RunCommandProcess second = RunCommandProcess.start(data, "stop-and-start-2")) {
            HttpResponse<String> school = api(second).get("schools/" + URN);
            assertEquals(200, school.statusCode(), second.output());
            assertEquals("Temp Folder High", ApiClient.object(school).getString("name"));
            assertTrue(second.output().contains("[rollcall] Data folder " + data.toAbsolutePath()), second.output());
            assertFalse(second.output().contains("This data folder is new"), second.output());

            killingWildFlyStopsTheLauncher(second);
        }
    }

    /** Then kills mariadbd under the second start: the launcher says so, stops WildFly and exits non-zero. */
    @Test
    void anImportAndAGovernorPackSurviveASigkillThenAKilledMariaDbStopsTheLauncher() throws Exception {
        Path data = temp.resolve("data");
        JsonArray imports;
        JsonArray documents;
        try (RunCommandProcess first = RunCommandProcess.start(data, "sigkill-1")) {
            ApiClient api = api(first);
            assertEquals(
                    200,
                    api.putJson("schools/" + URN, "{\"name\":\"Crash Test High\",\"phase\":\"secondary\"}")
                            .statusCode());
            assertEquals(
                    200,
                    api.postCsv("schools/" + URN + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(300))
                            .statusCode());
            assertEquals(
                    200,
                    api.postCsv("schools/" + URN + "/marks", "marks.csv", SmallSchool.marksCsv(300))
                            .statusCode());
            assertEquals("COMPLETED", governorPack(api).getString("status"));
            imports = ApiClient.array(api.get("schools/" + URN + "/imports"));
            documents = ApiClient.array(api.get("documents?urn=" + URN));
            first.killEverything();
        }
        assertEquals(2, imports.size(), imports.toString());
        assertEquals(1, documents.size(), documents.toString());
        String sha = documents.getJsonObject(0).getString("sha256");
        try (RunCommandProcess second = RunCommandProcess.start(data, "sigkill-2")) {
            ApiClient api = api(second);
            assertEquals(imports, ApiClient.array(api.get("schools/" + URN + "/imports")));
            assertEquals(documents, ApiClient.array(api.get("documents?urn=" + URN)));
            Path file = data.resolve("archive")
                    .resolve(sha.substring(0, 2))
                    .resolve(sha.substring(2, 4))
                    .resolve(sha + ".pdf");
            assertEquals(sha, ContentStore.sha256(Files.readAllBytes(file)), file.toString());
            long id = documents.getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(
                    sha, ContentStore.sha256(api.getBytes("documents/" + id).body()));

            killingMariaDbStopsTheLauncher(second);
        }
    }

    private static void killingWildFlyStopsTheLauncher(RunCommandProcess run) throws InterruptedException {
        ProcessHandle wildFly = run.wildFlyJvm();
        Instant killed = Instant.now();
        wildFly.destroyForcibly();
        assertNotEquals(0, run.awaitExit(QUICKLY));
        System.out.println("Launcher exited "
                + Duration.between(killed, Instant.now()).toMillis() + " ms after WildFly was killed");
        assertTrue(
                run.output().contains("WildFly has stopped: its Java process " + wildFly.pid() + " ended"),
                run.output());
        assertTrue(run.output().contains("The embedded MariaDB stopped"), run.output());
        assertTrue(run.awaitAllGone(Duration.ofSeconds(10)), "MariaDB is still running");
    }

    private static void killingMariaDbStopsTheLauncher(RunCommandProcess run) throws InterruptedException {
        ProcessHandle mariaDb = run.mariaDb();
        Instant killed = Instant.now();
        mariaDb.destroyForcibly();
        assertNotEquals(0, run.awaitExit(QUICKLY));
        System.out.println("Launcher exited "
                + Duration.between(killed, Instant.now()).toMillis() + " ms after MariaDB was killed");
        assertTrue(
                run.output()
                        .contains(
                                "The embedded MariaDB has stopped: its process " + mariaDb.pid() + " (mariadbd) ended"),
                run.output());
        assertTrue(run.output().contains("WildFly stopped"), run.output());
        assertTrue(run.awaitAllGone(Duration.ofSeconds(10)), "WildFly is still running");
    }

    private static ApiClient api(RunCommandProcess run) {
        return ApiClient.as(run.base(), "admin", RunCommandProcess.ADMIN_PASSWORD);
    }

    private static JsonObject governorPack(ApiClient api) throws InterruptedException {
        HttpResponse<String> started = api.postJson(
                "schools/" + URN + "/runs",
                "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"" + SmallSchool.MONDAY + "\",\"to\":\"" + SmallSchool.FRIDAY
                        + "\"}");
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.object(started).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = ApiClient.object(api.get("runs/" + id));
            if (!run.getString("status").equals("QUEUED")
                    && !run.getString("status").equals("RUNNING")) {
                return run;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The governor pack run did not finish within 2 minutes");
    }
}
