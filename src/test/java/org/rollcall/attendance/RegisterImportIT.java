package org.rollcall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * Issue 3's imports on the real server: every kind of bad file is refused whole and leaves the
 * database as it was; re-imports change nothing; corrections are recorded; spells on roll;
 * contacts; the weekly register; CTF; the inbox folder. Files are in src/test/resources/imports.
 * School 900600's calendar: autumn term 1 September to 19 December 2025, half-term 27 to 31
 * October, INSET on 1 September, planned closure on 14 November.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterImportIT {
    private static final String URN = "900600";
    private static final String S = "schools/" + URN;
    private static final String AUTUMN = S + "/attendance?from=2025-09-01&to=2025-12-19";
    private static final String SARA = "Q999060025001";
    private static final String IVY = "U999060025003";
    private static final String AVA = "H999060025004";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void schoolWithCalendarPupilsAndAWeekOfMarks() {
        api = ApiClient.admin(base);
        api.putJson(S, "{\"name\":\"Import Test School\",\"phase\":\"secondary\"}");
        var calendar = api.putJson(
                S + "/calendar",
                """
                {"academicYears":[{"name":"2025/26","start":"2025-09-01","end":"2026-08-31",
                  "terms":[{"name":"Autumn","start":"2025-09-01","end":"2025-12-19","halfTerm":{"start":"2025-10-27","end":"2025-10-31"}},
                           {"name":"Spring","start":"2026-01-05","end":"2026-03-27"}],
                  "closures":[{"date":"2025-09-01","kind":"INSET","description":"Training day"},
                              {"date":"2025-11-14","kind":"PLANNED"}]}]}""");
        assertEquals(200, calendar.statusCode(), calendar.body());
        assertOk(upload("pupils", "pupils.csv"));
        assertOk(upload("marks", "marks-week1.csv"));
    }

    // --- bad inputs: each refused whole, database unchanged ---

    @Test
    void unknownCode() {
        refused("marks", "bad/unknown-code.csv", 422, 3, "code", "Q9");
    }

    @Test
    void badUpnCheckLetter() {
        refused("pupils", "bad/bad-check-letter.csv", 422, 3, "upn", null);
    }

    @Test
    void dateOutsideTheTerms() {
        refused("marks", "bad/outside-terms.csv", 422, 3, "date", "2026-01-02");
    }

    @Test
    void dateOnAClosure() {
        JsonObject error = refused("marks", "bad/on-closure.csv", 422, 3, "date", "2025-11-14");
        assertTrue(error.getString("reason").contains("closed"), error.toString());
    }

    @Test
    void markOnASaturday() {
        refused("marks", "bad/weekend.csv", 422, 3, "date", "2025-09-13");
    }

    @Test
    void sameMarkTwiceInOneFile() {
        refused("marks", "bad/duplicate-mark.csv", 422, 3, "session", null);
    }

    @Test
    void sessionNotAmOrPm() {
        refused("marks", "bad/bad-session.csv", 422, 3, "session", "EVE");
    }

    @Test
    void wrongColumnCount() {
        JsonObject error = refused("marks", "bad/wrong-column-count.csv", 422, 3, "", null);
        assertTrue(error.getString("reason").contains("fields"), error.toString());
    }

    @Test
    void unclosedQuote() {
        JsonObject error = refused("marks", "bad/unclosed-quote.csv", 422, null, "", null);
        assertTrue(error.getString("reason").contains("CSV"), error.toString());
    }

    @Test
    void notUtf8() {
        JsonObject error = refused("pupils", "bad/non-utf8.csv", 422, null, "", null);
        assertTrue(error.getString("reason").contains("UTF-8"), error.toString());
    }

    @Test
    void emptyFile() {
        JsonObject error = refused("marks", "bad/empty.csv", 422, 1, "", null);
        assertTrue(error.getString("reason").contains("empty"), error.toString());
    }

    @Test
    void uploadOverTheSizeLimit() {
        StringBuilder big = new StringBuilder("upn,date,session,code\n");
        while (big.length() < 6 * 1024 * 1024) {
            big.append(SARA).append(",2025-09-15,AM,/\n");
        }
        Snapshot before = snapshot();
        HttpResponse<String> response = api.postCsv(S + "/marks", "huge.csv", big.toString());
        assertEquals(413, response.statusCode());
        assertEquals(before, snapshot());
    }

    @Test
    void ctfWithADoctype() {
        refused("ctf", "bad/ctf-doctype.xml", 422, null, null, null);
    }

    @Test
    void ctfWithAnExternalEntity() {
        JsonObject error = refused("ctf", "bad/ctf-external-entity.xml", 422, null, null, null);
        assertTrue(!error.toString().contains("root:"), "the entity was never resolved");
    }

    @Test
    void ctfNotWellFormed() {
        JsonObject error = refused("ctf", "bad/ctf-not-well-formed.xml", 422, null, null, null);
        assertTrue(error.getInt("line") > 0, error.toString());
    }

    @Test
    void byteOrderMarkIsAccepted() {
        JsonObject result = assertOk(upload("marks", "bom.csv"));
        assertEquals(1, result.getInt("added"));
    }

    // --- re-import, corrections, spells, contacts, filters, register ---

    @Test
    void reimportingTheSameFileChangesNothing() {
        JsonObject again = assertOk(upload("marks", "marks-week1.csv"));
        assertEquals(0, again.getInt("added"));
        assertEquals(0, again.getInt("changed"));
        assertEquals(30, again.getInt("unchanged"));
        JsonObject pupils = assertOk(upload("pupils", "pupils.csv"));
        assertEquals(3, pupils.getInt("unchanged"));
    }

    @Test
    void aCorrectedMarkReplacesTheOldOneAndTheChangeIsKept() {
        JsonObject corrected = assertOk(upload("marks", "marks-week1-corrected.csv"));
        assertEquals(2, corrected.getInt("changed"));
        JsonArray changes = ApiClient.array(
                api.get(S + "/imports/" + corrected.getJsonNumber("importId").longValue() + "/changes"));
        assertEquals(2, changes.size());
        JsonObject change = changes.getJsonObject(0);
        assertEquals(IVY, change.getString("upn"));
        assertEquals("2025-09-09", change.getString("date"));
        assertEquals("G", change.getString("oldCode"));
        assertEquals("C", change.getString("newCode"));
        JsonObject register =
                ApiClient.object(api.get(S + "/pupils/" + IVY + "/register?from=2025-09-08&to=2025-09-12"));
        assertEquals(
                "C",
                register.getJsonArray("weeks")
                        .getJsonObject(0)
                        .getJsonArray("days")
                        .getJsonObject(1)
                        .getString("am"));
        JsonObject history = ApiClient.array(api.get(S + "/imports")).getJsonObject(0);
        assertEquals("APPLIED", history.getString("status"));
        assertEquals("marks-week1-corrected.csv", history.getString("file"));
        assertEquals(64, history.getString("sha256").length());
    }

    @Test
    void aLeaverAndRejoinerHasTwoSpells() {
        assertOk(api.postCsv(
                S + "/pupils",
                "leaver.csv",
                "upn,surname,forename,year_group,form,admission_date,leaving_date\n" + AVA
                        + ",Dunn,Ava,7,7A,2025-09-02,2025-09-19\n"));
        assertOk(api.postCsv(
                S + "/pupils",
                "rejoiner.csv",
                "upn,surname,forename,year_group,form,admission_date,leaving_date\n" + AVA
                        + ",Dunn,Ava,7,7C,2025-11-03,\n"));
        JsonObject ava = ApiClient.object(api.get(S + "/pupils/" + AVA));
        JsonArray spells = ava.getJsonArray("enrolments");
        assertEquals(2, spells.size(), ava.toString());
        assertEquals("2025-09-19", spells.getJsonObject(0).getString("leavingDate"));
        assertEquals("2025-11-03", spells.getJsonObject(1).getString("admissionDate"));
        assertEquals("7C", ava.getString("form"));
        JsonObject register =
                ApiClient.object(api.get(S + "/pupils/" + AVA + "/register?from=2025-09-22&to=2025-09-26"));
        assertEquals(0, register.getInt("gaps"), "not on roll between spells: no gaps expected");
        JsonObject back = ApiClient.object(api.get(S + "/pupils/" + AVA + "/register?from=2025-11-03&to=2025-11-07"));
        assertEquals(5, back.getInt("gaps"), "on roll again and no marks yet: five open days without marks");
    }

    @Test
    void contactsAndCharacteristicsAreKept() {
        assertOk(upload("contacts", "contacts.csv"));
        JsonObject sara = ApiClient.object(api.get(S + "/pupils/" + SARA));
        assertEquals(Boolean.TRUE, sara.getBoolean("fsm"));
        assertEquals("K", sara.getString("sen"));
        assertEquals(2, sara.getJsonArray("contacts").size());
        assertEquals("post", sara.getJsonArray("contacts").getJsonObject(1).getString("channel"));
        JsonObject fsm = ApiClient.object(api.get(S + "/pupils?fsm=Y"));
        assertEquals(1, fsm.getInt("total"));
        assertEquals(SARA, fsm.getJsonArray("items").getJsonObject(0).getString("upn"));
        assertEquals(1, ApiClient.object(api.get(S + "/pupils?sen=E")).getInt("total"));
        assertEquals(2, ApiClient.object(api.get(S + "/pupils?form=7A")).getInt("total"));
    }

    @Test
    void missingMarksOnOpenDaysShowAsGaps() {
        JsonObject week = ApiClient.object(api.get(S + "/pupils/" + SARA + "/register?from=2025-09-15&to=2025-09-19"));
        assertEquals(5, week.getInt("gaps"));
        JsonObject inset = ApiClient.object(api.get(S + "/pupils/" + SARA + "/register?from=2025-09-01&to=2025-09-05"));
        JsonObject monday = inset.getJsonArray("weeks")
                .getJsonObject(0)
                .getJsonArray("days")
                .getJsonObject(0);
        assertEquals(false, monday.getBoolean("open"), "1 September is an INSET day");
    }

    // --- CTF and the inbox ---

    @Test
    void aHandWrittenCtfImportsAndItsFiguresMatchItsMarksString() throws IOException {
        ApiClient admin = ApiClient.admin(base);
        admin.putJson("schools/900601", "{\"name\":\"CTF School\",\"phase\":\"secondary\"}");
        HttpResponse<String> response =
                admin.postCsv("schools/900601/ctf", "sample-ctf.xml", resource("/ctf/sample-ctf.xml"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject figures = ApiClient.object(admin.get("schools/900601/attendance?from=2024-09-02&to=2024-09-22"));
        // the YearData of pupil 1, counted by hand from its marks string (see the sample's comment)
        assertEquals(26, figures.getJsonNumber("possibleSessions").longValue());
        assertEquals(16, figures.getJsonNumber("presentSessions").longValue());
        assertEquals(3, figures.getJsonNumber("authorisedAbsenceSessions").longValue());
        assertEquals(7, figures.getJsonNumber("unauthorisedAbsenceSessions").longValue());
        assertTrue(
                ApiClient.object(admin.get("schools/900601/pupils")).getInt("total") >= 1,
                "the CTF pupils are on the roll");
    }

    @Test
    void theInboxImportsGoodFilesAndFilesBadOnesWithAReport() throws IOException {
        Path inbox = Path.of(System.getProperty("it.work.dir"), "inbox", URN);
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("marks-nightly.csv"), "upn,date,session,code\n" + SARA + ",2025-09-16,AM,/\n");
        Files.write(inbox.resolve("marks-broken.csv"), resource("/imports/bad/unknown-code.csv"));
        Files.writeString(inbox.resolve("notes.txt"), "not an export");
        Snapshot before = snapshot();

        JsonArray outcomes = ApiClient.array(api.postJson("inbox/pull", ""));

        assertEquals(3, outcomes.size(), outcomes.toString());
        assertTrue(Files.exists(inbox.resolve("processed")) && Files.exists(inbox.resolve("failed")));
        List<Path> processed = list(inbox.resolve("processed"));
        List<Path> failed = list(inbox.resolve("failed"));
        assertEquals(2, processed.size(), "the file and its report");
        assertEquals(4, failed.size(), "two files and their reports");
        String brokenReport = Files.readString(failed.stream()
                .filter(p -> p.toString().endsWith("marks-broken.csv.report.json"))
                .findFirst()
                .orElseThrow());
        assertTrue(brokenReport.contains("\"line\": 3") && brokenReport.contains("Q9"), brokenReport);
        assertTrue(Files.readString(processed.stream()
                        .filter(p -> p.toString().endsWith(".report.json"))
                        .findFirst()
                        .orElseThrow())
                .contains("processed"));
        assertEquals(
                before.possible() + 1, snapshot().possible(), "the good file was imported, the broken one not at all");
        assertTrue(list(inbox).stream().noneMatch(Files::isRegularFile), "nothing left waiting");
    }

    // --- helpers ---

    record Snapshot(long pupils, long possible, long present) {}

    private Snapshot snapshot() {
        JsonObject figures = ApiClient.object(api.get(AUTUMN));
        return new Snapshot(
                ApiClient.object(api.get(S + "/pupils")).getInt("total"),
                figures.getJsonNumber("possibleSessions").longValue(),
                figures.getJsonNumber("presentSessions").longValue());
    }

    private JsonObject refused(String kind, String file, int status, Integer line, String field, String value) {
        Snapshot before = snapshot();
        HttpResponse<String> response = upload(kind, file);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = ApiClient.object(response).getJsonArray("errors").getJsonObject(0);
        assertEquals(Path.of(file).getFileName().toString(), error.getString("file"));
        if (line != null) {
            assertEquals(line.intValue(), error.getInt("line"), error.toString());
        }
        if (field != null) {
            assertEquals(field, error.getString("field"), error.toString());
        }
        if (value != null) {
            assertEquals(value, error.getString("value"), error.toString());
        }
        assertEquals(before, snapshot(), "nothing of " + file + " was stored");
        JsonObject latest = ApiClient.array(api.get(S + "/imports")).getJsonObject(0);
        assertEquals("REFUSED", latest.getString("status"));
        assertEquals(Path.of(file).getFileName().toString(), latest.getString("file"));
        return error;
    }

    private HttpResponse<String> upload(String kind, String file) {
        return api.postCsv(S + "/" + kind, Path.of(file).getFileName().toString(), resource("/imports/" + file));
    }

    private static JsonObject assertOk(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.object(response);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RegisterImportIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
