package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.Problems.ok;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.LetterSchool;
import org.rollcall.testing.Problems;

/**
 * Runs as restartable batch jobs, for the five pupils of {@link LetterSchool} loaded under two URNs of
 * their own: a run that failed is resumed by {@code POST /runs/{id}/restart} and then holds exactly one
 * printout per pupil and one email per (pupil, email contact) who receives correspondence: 3 (Ann,
 * Bella and Emma; Ed does not receive correspondence, Bob and Carl get theirs by post); a
 * COMPLETED run answers 409. {@code GET /runs} filters by school, kind and status and shows a lead
 * only the runs of their own school. A SEF_SECTION run archives the section as PDF and as Word, and
 * each downloads with its own content type.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartableRunsIT {
    static final String A = "900951";
    static final String B = "900952";
    static final String WINDOW = "\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Set<String> loaded = new HashSet<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static void load(ApiClient api, String urn) {
        if (!loaded.add(urn)) {
            return;
        }
        String s = "schools/" + urn;
        ok(api.putJson(s, "{\"name\":\"Restart School " + urn + "\",\"phase\":\"secondary\"}"));
        ok(api.putJson(s + "/calendar", LetterSchool.calendarJson()));
        ok(api.postCsv(s + "/pupils", "pupils.csv", LetterSchool.pupilsCsv()));
        ok(api.postCsv(s + "/contacts", "contacts.csv", LetterSchool.contactsCsv()));
        ok(api.postCsv(s + "/marks", "marks.csv", LetterSchool.marksCsv()));
    }

    @AfterAll
    static void leaveTheMailServerAsFound() throws Exception {
        // other tests count every message on the server: take ours away once they have all arrived
        Thread.sleep(2000);
        ItEnvironment.mail().purgeEmailFromAllMailboxes();
    }

    @Test
    void aFailedRunIsResumedAndMakesEachDocumentAndEmailOnce() throws Exception {
        ApiClient api = ApiClient.admin(base);
        load(api, A);
        JsonObject failed = failingRun(api);
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals("FAILED", failed.getString("jobStatus"), "the batch job failed too: " + failed);
        assertTrue(failed.getString("message").contains("Could not write to the archive"), failed.toString());
        long id = failed.getJsonNumber("id").longValue();

        var restarted = api.postJson("runs/" + id + "/restart", "");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject run = Runs.waitFor(api, id);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals("COMPLETED", run.getString("jobStatus"), "the restarted job completed: " + run);
        JsonObject counts = run.getJsonObject("documentCounts");
        assertEquals(5, counts.getInt("PARENT_PRINTOUT"), "one printout per pupil: " + counts);
        assertEquals(1, counts.getInt("PARENT_PRINT_FILE"), counts.toString());
        assertEquals(6, run.getJsonArray("documentIds").size());
        assertEquals(5, run.getJsonObject("progress").getInt("done"));
        JsonObject emails = awaitSent(api, id, 3);
        assertEquals(3, emails.getInt("sent") + emails.getInt("waiting"), "one email per (pupil, contact)");

        var again = api.postJson("runs/" + id + "/restart", "");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(ApiClient.object(again).getString("detail").contains("COMPLETED"), again.body());
        assertEquals(404, api.postJson("runs/999999/restart", "").statusCode());
        assertEquals(
                6,
                ApiClient.object(api.get("runs/" + id))
                        .getJsonArray("documentIds")
                        .size());
    }

    @Test
    void runHistoryIsFilteredAndScopedToTheCallersSchools() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        load(admin, A);
        load(admin, B);
        JsonObject inA = Runs.runToEnd(admin, "schools/" + A, "{\"kind\":\"STAFF_DATA\"," + WINDOW + "}");
        JsonObject inB = Runs.runToEnd(admin, "schools/" + B, "{\"kind\":\"STAFF_DATA\"," + WINDOW + "}");
        assertEquals("COMPLETED", inA.getString("status"), inA.toString());
        ok(admin.putJson(
                "users/lead" + A,
                "{\"password\":\"lead-password-" + A + "\",\"roles\":[\"attendance-lead\"],\"schools\":[\"" + A
                        + "\"]}"));
        ApiClient lead = ApiClient.as(base, "lead" + A, "lead-password-" + A);

        JsonObject page = ApiClient.object(lead.get("runs?kind=STAFF_DATA&size=100"));
        List<String> urns = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("urn"))
                .distinct()
                .toList();
        assertEquals(List.of(A), urns, "a lead of A sees A's runs only: " + page);
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(inA.getInt("id"), item.getInt("id"), "newest first");
        assertEquals("COMPLETED", item.getString("status"));
        // LetterSchool: forms 7A, 7B, 8A and years 7, 8: five staff data documents
        assertEquals(5, item.getJsonObject("progress").getInt("done"));
        assertEquals(3, item.getJsonObject("documentCounts").getInt("STAFF_DATA_FORM"), item.toString());
        assertTrue(item.containsKey("durationSeconds") && item.containsKey("emails"), item.toString());

        assertEquals(404, lead.get("runs?urn=" + B).statusCode(), "another school is as unknown");
        assertEquals(404, admin.get("runs?urn=999998").statusCode());
        JsonObject onlyB = ApiClient.object(admin.get("runs?urn=" + B + "&kind=STAFF_DATA&status=COMPLETED"));
        assertTrue(onlyB.getInt("total") >= 1);
        assertEquals(
                inB.getInt("id"), onlyB.getJsonArray("items").getJsonObject(0).getInt("id"));
        JsonObject none = ApiClient.object(admin.get("runs?urn=" + B + "&kind=GOVERNOR_PACK"));
        assertEquals(0, none.getInt("total"), none.toString());
        JsonObject paged = ApiClient.object(admin.get("runs?urn=" + B + "&page=0&size=1"));
        assertEquals(1, paged.getJsonArray("items").size());
        assertEquals(1, paged.getInt("size"));
        Problems.assertProblem(admin.get("runs?kind=REPORT_CARDS"), 400, "kind");
        Problems.assertProblem(admin.get("runs?status=LOST"), 400, "status");
        Problems.assertProblem(admin.get("runs?size=0"), 400, "size");
    }

    @Test
    void aSefSectionRunArchivesPdfAndWordWithTheirContentTypes() throws Exception {
        ApiClient api = ApiClient.admin(base);
        load(api, B);
        JsonObject run = Runs.runToEnd(api, "schools/" + B, "{\"kind\":\"SEF_SECTION\"," + WINDOW + "}");
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(2, run.getJsonObject("documentCounts").getInt("SEF_SECTION"), run.toString());
        Set<String> types = new HashSet<>();
        for (var id : run.getJsonArray("documentIds").getValuesAs(jakarta.json.JsonNumber.class)) {
            var download = api.getBytes("documents/" + id.longValue());
            assertEquals(200, download.statusCode());
            String type = download.headers().firstValue("Content-Type").orElseThrow();
            types.add(type);
            byte[] bytes = download.body();
            String magic = new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals(type.startsWith("application/pdf") ? "%PDF" : "PK\u0003\u0004", magic, type);
            String name = download.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(name.endsWith(type.startsWith("application/pdf") ? ".pdf\"" : ".docx\""), name);
        }
        assertEquals(Set.of("application/pdf", DOCX), types);
        var listed = ApiClient.array(api.get("documents?urn=" + B)).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("kind").equals("SEF_SECTION"))
                .map(d -> d.getString("contentType"))
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("application/pdf", DOCX), listed);
    }

    /** PARENT_PRINTOUTS while the archive folder is a file: nothing can be written, so the run fails. */
    private JsonObject failingRun(ApiClient api) throws Exception {
        Path archive = Path.of(System.getProperty("it.work.dir"), "data", "archive");
        Path aside = archive.resolveSibling("archive-aside-restart");
        boolean existed = Files.exists(archive);
        if (existed) {
            Files.move(archive, aside, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.createDirectories(archive.getParent());
            Files.writeString(archive, "not a folder: nothing can be archived");
            return Runs.runToEnd(api, "schools/" + A, "{\"kind\":\"PARENT_PRINTOUTS\"," + WINDOW + "}");
        } finally {
            Files.delete(archive);
            if (existed) {
                Files.move(aside, archive);
            }
        }
    }

    private static JsonObject awaitSent(ApiClient api, long id, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject emails;
        do {
            Thread.sleep(250);
            emails = ApiClient.object(api.get("runs/" + id)).getJsonObject("emails");
        } while (emails.getInt("sent") < expected && Instant.now().isBefore(deadline));
        return emails;
    }
}
