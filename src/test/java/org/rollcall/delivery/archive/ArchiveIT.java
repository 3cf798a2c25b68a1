package org.rollcall.delivery.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.SmallSchool;

/**
 * The archive keeps what it must and forgets what it must (issue 11): a parent printout made 400 days
 * ago is past its 365 days and is erased (410 with when and why, an ERASED audit row, its file gone),
 * while a governor pack of the same age (kept 6 years) stays; verify finds a file changed on disk and
 * one deleted; and a document whose row cannot be written leaves no row, only a harmless orphan file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveIT {
    private static final String BIRCH = "900731";
    private static final String ALDER = "900732";
    private static final String ROWAN = "900733";
    private static final String PASSWORD = "archive-test-password";
    private static final String WEEK = "\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"";
    private static boolean loaded;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void schools() {
        if (loaded) {
            return;
        }
        ApiClient admin = ApiClient.admin(base);
        int number = 731;
        for (String urn : List.of(BIRCH, ALDER, ROWAN)) {
            ok(admin.putJson("schools/" + urn, "{\"name\":\"Archive school " + urn + "\",\"phase\":\"secondary\"}"));
            ok(admin.postCsv("schools/" + urn + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(number)));
            ok(admin.postCsv("schools/" + urn + "/marks", "marks.csv", SmallSchool.marksCsv(number)));
            ok(admin.putJson(
                    "users/archive.lead." + urn,
                    "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"attendance-lead\"],\"schools\":[\"" + urn
                            + "\"]}"));
            number++;
        }
        ok(admin.putJson(
                "users/archive.governor",
                "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"governor\"],\"schools\":[\"" + BIRCH + "\"]}"));
        loaded = true;
    }

    private ApiClient lead(String urn) {
        return ApiClient.as(base, "archive.lead." + urn, PASSWORD);
    }

    @Test
    void aPrintoutPastItsRetentionIsErasedAndAnswers410WithWhenAndWhy() throws Exception {
        ApiClient lead = lead(BIRCH);
        // year 8 has one pupil, P7: one printout and the print file with their page
        JsonObject printouts = run(lead, BIRCH, "{\"kind\":\"PARENT_PRINTOUTS\"," + WEEK + ",\"forms\":[\"8A\"]}");
        JsonObject pack = run(lead, BIRCH, "{\"kind\":\"GOVERNOR_PACK\"," + WEEK + "}");
        long printout = idOfKind(lead, BIRCH, printouts, "PARENT_PRINTOUT");
        long governorPack = pack.getJsonArray("documentIds").getJsonNumber(0).longValue();
        String sha = document(lead, BIRCH, printout).getString("sha256");
        assertEquals(200, lead.getBytes("documents/" + printout).statusCode());
        // made 400 days ago: past the printout's 365 days, well inside the pack's 6 years
        update(
                2,
                "UPDATE document SET created_at = created_at - INTERVAL 400 DAY WHERE id IN (?, ?)",
                printout,
                governorPack);

        JsonObject erasure = ApiClient.object(ok(lead.postJson("archive/erase-expired", "")));
        assertEquals(1, erasure.getInt("erased"), erasure.toString());
        JsonObject erased = erasure.getJsonArray("documents").getJsonObject(0);
        assertEquals(printout, erased.getJsonNumber("id").longValue());
        assertEquals("PARENT_PRINTOUT", erased.getString("kind"));
        assertTrue(erased.getString("reason").contains("kept 365 days"), erased.toString());
        assertFalse(Files.exists(archived(sha)), "the printout's file is deleted");

        HttpResponse<String> gone = lead.get("documents/" + printout);
        assertEquals(410, gone.statusCode(), gone.body());
        assertEquals(
                "application/problem+json",
                gone.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = ApiClient.object(gone);
        assertTrue(
                problem.getString("detail").startsWith("Document " + printout + " (PARENT_PRINTOUT) was erased on "));
        assertTrue(problem.getString("reason").contains("ROLLCALL_RETENTION_PARENT_PRINTOUT_DAYS"), problem.toString());
        assertFalse(problem.isNull("erasedAt"));
        assertEquals(200, lead.getBytes("documents/" + governorPack).statusCode(), "the pack is kept 6 years");
        List<Long> listed = ids(ApiClient.array(ok(lead.get("documents?urn=" + BIRCH))));
        assertFalse(listed.contains(printout), "an erased document leaves the list");
        assertTrue(listed.contains(governorPack));

        JsonObject audit = erasedRow(lead, printout);
        assertEquals("archive.lead." + BIRCH, audit.getString("actor"));
        assertEquals(BIRCH, audit.getString("urn"));
        assertEquals(SmallSchool.upn(731, 7), audit.getString("upn"), "the trail keeps whose document it was");
        assertEquals(
                0,
                ApiClient.object(ok(lead.postJson("archive/erase-expired", ""))).getInt("erased"),
                "once");
        assertEquals(
                404, ApiClient.admin(base).get("documents/" + printout + "x").statusCode(), "a bad id is still a 404");
    }

    @Test
    void verifyReportsAFileChangedOnDiskAndOneMissingInTheCallersSchoolsOnly() throws Exception {
        ApiClient lead = lead(ALDER);
        JsonObject printouts = run(lead, ALDER, "{\"kind\":\"PARENT_PRINTOUTS\"," + WEEK + ",\"forms\":[\"7A\"]}");
        List<JsonObject> made = new ArrayList<>();
        for (JsonValue id : printouts.getJsonArray("documentIds")) {
            made.add(document(lead, ALDER, ((jakarta.json.JsonNumber) id).longValue()));
        }
        List<JsonObject> pupils = made.stream()
                .filter(d -> d.getString("kind").equals("PARENT_PRINTOUT"))
                .toList();
        assertEquals(6, pupils.size(), "one printout for each of 7A's six pupils");
        JsonObject changed = pupils.get(0);
        JsonObject missing = pupils.get(1);
        Path changedFile = archived(changed.getString("sha256"));
        Path missingFile = archived(missing.getString("sha256"));
        byte[] changedBytes = Files.readAllBytes(changedFile);
        byte[] missingBytes = Files.readAllBytes(missingFile);
        int live = ApiClient.array(ok(lead.get("documents?urn=" + ALDER))).size();
        try {
            Files.write(changedFile, "tampered".getBytes(), java.nio.file.StandardOpenOption.APPEND);
            Files.delete(missingFile);

            JsonObject report = ApiClient.object(ok(lead.postJson("archive/verify", "")));
            assertEquals(live, report.getInt("checked"), report.toString());
            assertEquals(live - 2, report.getInt("ok"));
            JsonObject missingRow = report.getJsonArray("missing").getJsonObject(0);
            assertEquals(1, report.getJsonArray("missing").size(), report.toString());
            assertEquals(
                    missing.getJsonNumber("id").longValue(),
                    missingRow.getJsonNumber("id").longValue());
            assertEquals("PARENT_PRINTOUT", missingRow.getString("kind"));
            assertEquals(1, report.getJsonArray("changed").size(), report.toString());
            JsonObject changedRow = report.getJsonArray("changed").getJsonObject(0);
            assertEquals(
                    changed.getJsonNumber("id").longValue(),
                    changedRow.getJsonNumber("id").longValue());
            assertEquals(changed.getString("sha256"), changedRow.getString("sha256"));
            assertFalse(changedRow.getString("found").equals(changed.getString("sha256")));
            assertEquals(List.of(), report.getJsonArray("orphans"), "orphans are the admin's (no school)");

            JsonObject other = ApiClient.object(ok(lead(BIRCH).postJson("archive/verify", "")));
            assertEquals(
                    0,
                    other.getJsonArray("missing").size()
                            + other.getJsonArray("changed").size(),
                    "scoped");
            assertEquals(404, lead.postJson("archive/verify?urn=" + BIRCH, "").statusCode());
            assertEquals(
                    403,
                    ApiClient.as(base, "archive.governor", PASSWORD)
                            .postJson("archive/verify", "")
                            .statusCode());
        } finally {
            Files.write(changedFile, changedBytes);
            Files.write(missingFile, missingBytes);
        }
        JsonObject repaired = ApiClient.object(ok(lead.postJson("archive/verify", "")));
        assertEquals(live, repaired.getInt("ok"), repaired.toString());
    }

    @Test
    void aDocumentWhoseRowIsRefusedLeavesNoRowAndOnlyAnOrphanFile() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        Set<String> before = new HashSet<>(files());
        execute("CREATE TRIGGER archive_it_refuse BEFORE INSERT ON document FOR EACH ROW"
                + " IF NEW.school_id = (SELECT id FROM school WHERE urn = '" + ROWAN + "') THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ArchiveIT refuses this row'; END IF");
        try {
            for (String kind : new String[] {"GOVERNOR_PACK", "PARENT_PRINTOUTS"}) {
                JsonObject failed = run(admin, ROWAN, "{\"kind\":\"" + kind + "\"," + WEEK + "}");
                assertEquals("FAILED", failed.getString("status"), failed.toString());
            }
        } finally {
            execute("DROP TRIGGER IF EXISTS archive_it_refuse");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM document d JOIN school s ON s.id = d.school_id WHERE s.urn = ?"));
        List<String> written = files().stream().filter(f -> !before.contains(f)).toList();
        assertFalse(written.isEmpty(), "the files were written before the rows were refused");
        JsonArray orphans =
                ApiClient.object(ok(admin.postJson("archive/verify", ""))).getJsonArray("orphans");
        List<String> listed = orphans.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        assertTrue(listed.containsAll(written), "verify lists them as orphans: " + written + " in " + listed);

        JsonObject again = run(admin, ROWAN, "{\"kind\":\"GOVERNOR_PACK\"," + WEEK + "}");
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        long pack = again.getJsonArray("documentIds").getJsonNumber(0).longValue();
        assertEquals(200, admin.getBytes("documents/" + pack).statusCode());
    }

    private static JsonObject run(ApiClient api, String urn, String body) throws InterruptedException {
        HttpResponse<String> started = api.postJson("schools/" + urn + "/runs", body);
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.object(started).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject run;
        do {
            Thread.sleep(300);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    private static long idOfKind(ApiClient api, String urn, JsonObject run, String kind) {
        for (JsonValue id : run.getJsonArray("documentIds")) {
            long documentId = ((jakarta.json.JsonNumber) id).longValue();
            if (document(api, urn, documentId).getString("kind").equals(kind)) {
                return documentId;
            }
        }
        throw new AssertionError("no " + kind + " in " + run);
    }

    private static JsonObject document(ApiClient api, String urn, long id) {
        return ApiClient.array(ok(api.get("documents?urn=" + urn))).stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("document " + id + " is not listed"));
    }

    private static JsonObject erasedRow(ApiClient api, long document) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        do {
            for (JsonValue row : ApiClient.object(ok(api.get("audit?urn=" + BIRCH + "&size=500")))
                    .getJsonArray("items")) {
                JsonObject r = row.asJsonObject();
                if (r.getString("action").equals("ERASED")
                        && r.getString("subject").startsWith("PARENT_PRINTOUT document " + document + ":")) {
                    return r;
                }
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("no ERASED row for document " + document);
    }

    private static List<Long> ids(JsonArray documents) {
        return documents.stream()
                .map(d -> d.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static Path archive() {
        return Path.of(System.getProperty("it.work.dir"), "data", "archive");
    }

    private static Path archived(String sha) {
        return archive()
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha + ".pdf");
    }

    private static List<String> files() throws Exception {
        try (var walk = Files.walk(archive())) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> archive().relativize(p).toString())
                    .toList();
        }
    }

    private static Connection db() throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + Integer.getInteger("it.db.port") + "/rollcall";
        return DriverManager.getConnection(url, "rollcall", "rollcall");
    }

    private static void update(int rows, String statement, Object... values) throws Exception {
        try (Connection c = db();
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertEquals(rows, s.executeUpdate(), statement);
        }
    }

    private static void execute(String statement) throws Exception {
        try (Connection c = db();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws Exception {
        try (Connection c = db();
                PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, ROWAN);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(2, response.statusCode() / 100, response.statusCode() + " " + response.body());
        return response;
    }
}
