package org.rollcall.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.platform.access.AccessSchool.FROM;
import static org.rollcall.platform.access.AccessSchool.TO;
import static org.rollcall.platform.access.AccessSchool.ok;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Every endpoint family, for each role, in the user's own school and in another school: the status
 * each time, and for lists only the caller's rows. Another school is always the same 404 an unknown
 * school gets (or the role's 403 where the role may not call the endpoint anywhere).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
    private static final AccessSchool OAK = new AccessSchool("900711", 711, "Oak Access Academy");
    private static final AccessSchool ELM = new AccessSchool("900712", 712, "Elm Access Academy");
    private static final String[] ROLES = {"admin", "lead", "head", "governor", "tutor"};
    private static final String WEEK = "from=" + FROM + "&to=" + TO;
    private static Map<AccessSchool, Map<String, Long>> ids;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** One call of the matrix: expected status for admin, lead, head, governor, tutor in their own school. */
    record Call(String family, String method, String path, String body, int... own) {}

    private static final List<Call> CALLS = List.of(
            new Call("schools", "GET", "schools/{urn}", null, 200, 200, 200, 403, 403),
            new Call(
                    "schools",
                    "PUT",
                    "schools/{urn}",
                    "{\"name\":\"{name}\",\"phase\":\"secondary\"}",
                    200,
                    200,
                    200,
                    403,
                    403),
            new Call("users", "GET", "users", null, 200, 403, 403, 403, 403),
            new Call("calendar", "GET", "schools/{urn}/calendar", null, 200, 200, 200, 403, 403),
            new Call("governors", "GET", "schools/{urn}/governors", null, 200, 200, 200, 403, 403),
            new Call("pupils", "GET", "schools/{urn}/pupils", null, 200, 200, 200, 403, 200),
            new Call("pupils", "GET", "schools/{urn}/pupils/{upn}", null, 200, 200, 200, 403, 200),
            new Call("register", "GET", "schools/{urn}/pupils/{upn}/register?" + WEEK, null, 200, 200, 200, 403, 200),
            new Call("imports", "GET", "schools/{urn}/imports", null, 200, 200, 200, 403, 403),
            new Call("imports", "CSV", "schools/{urn}/marks", "marks", 200, 200, 200, 403, 403),
            new Call("figures", "GET", "schools/{urn}/attendance?" + WEEK, null, 200, 200, 200, 403, 403),
            new Call("groups", "GET", "schools/{urn}/attendance/groups?by=form&" + WEEK, null, 200, 200, 200, 200, 403),
            new Call(
                    "comparisons",
                    "GET",
                    "schools/{urn}/attendance/comparisons?" + WEEK,
                    null,
                    200,
                    200,
                    200,
                    200,
                    403),
            new Call("trend", "GET", "schools/{urn}/attendance/trend?" + WEEK, null, 200, 200, 200, 200, 403),
            new Call(
                    "pa-movement",
                    "GET",
                    "schools/{urn}/attendance/pa-movement?earlierFrom=2025-09-08&earlierTo=2025-09-09"
                            + "&from=2025-09-10&to=2025-09-12",
                    null,
                    200,
                    200,
                    200,
                    403,
                    403),
            new Call("bottom", "GET", "schools/{urn}/attendance/bottom?" + WEEK, null, 200, 200, 200, 403, 403),
            new Call(
                    "pupil attendance",
                    "GET",
                    "schools/{urn}/pupils/{upn}/attendance?" + WEEK,
                    null,
                    200,
                    200,
                    200,
                    403,
                    200),
            new Call(
                    "pupil target",
                    "PUT",
                    "schools/{urn}/pupils/{upn}/attendance/target",
                    "{\"termStart\":\"2025-09-01\",\"target\":95}",
                    204,
                    204,
                    204,
                    403,
                    403),
            new Call("policy", "GET", "schools/{urn}/attendance/policy", null, 200, 200, 200, 403, 403),
            new Call(
                    "targets",
                    "PUT",
                    "schools/{urn}/attendance/targets",
                    "{\"attendance\":96,\"persistentAbsence\":15}",
                    200,
                    200,
                    200,
                    403,
                    403),
            new Call("benchmarks", "GET", "national-benchmarks", null, 200, 200, 200, 403, 403),
            new Call("evaluation rounds", "GET", "schools/{urn}/audits", null, 200, 200, 200, 200, 403),
            new Call("evaluation rounds", "GET", "audits/{round}", null, 200, 200, 200, 200, 200),
            new Call("evaluation rounds", "GET", "audits/{round}/next-steps", null, 200, 200, 200, 200, 403),
            new Call("runs", "GET", "runs/{run}", null, 200, 200, 200, 403, 403),
            new Call("documents", "GET", "documents/{doc}", null, 200, 200, 200, 200, 404),
            new Call("audit", "GET", "audit?urn={urn}", null, 200, 200, 200, 403, 403),
            new Call("export", "GET", "schools/{urn}/pupils/{upn}/export", null, 200, 200, 200, 403, 403));

    @BeforeEach
    void schools() {
        if (ids != null) {
            return;
        }
        ApiClient admin = ApiClient.admin(base);
        Map<AccessSchool, Map<String, Long>> made = new java.util.HashMap<>();
        for (AccessSchool school : List.of(OAK, ELM)) {
            school.load(admin);
            JsonObject run = school.governorPack(admin, FROM, TO);
            assertEquals("COMPLETED", run.getString("status"), run.toString());
            long round = ApiClient.object(ok(admin.postJson(
                            "schools/" + school.urn() + "/audits",
                            "{\"framework\":\"rag\",\"title\":\"Autumn review\",\"heldOn\":\"2025-11-14\"}")))
                    .getJsonNumber("id")
                    .longValue();
            made.put(
                    school,
                    Map.of(
                            "run",
                            run.getJsonNumber("id").longValue(),
                            "doc",
                            run.getJsonArray("documentIds").getJsonNumber(0).longValue(),
                            "round",
                            round));
        }
        ids = made;
    }

    @Test
    void everyFamilyForEveryRoleInItsOwnSchoolAndAnother() {
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < ROLES.length; r++) {
            ApiClient caller = r == 0 ? ApiClient.admin(base) : OAK.as(base, ROLES[r]);
            for (Call call : CALLS) {
                int own = call.own()[r];
                check(wrong, caller, ROLES[r], call, OAK, own);
                if (call.path().contains("{")) {
                    check(wrong, caller, ROLES[r], call, ELM, r == 0 || own == 403 ? own : 404);
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " unexpected statuses:\n" + String.join("\n", wrong));
    }

    private void check(
            List<String> wrong, ApiClient caller, String role, Call call, AccessSchool school, int expected) {
        String path = fill(call.path(), school);
        HttpResponse<String> response =
                switch (call.method()) {
                    case "GET" -> caller.get(path);
                    case "PUT" -> caller.putJson(path, fill(call.body(), school));
                    case "CSV" -> caller.postCsv(path, "marks.csv", school.marksCsv());
                    default -> throw new IllegalArgumentException(call.method());
                };
        if (response.statusCode() != expected) {
            wrong.add(role + " " + call.method() + " " + path + " (" + (school == OAK ? "own" : "other")
                    + " school): expected " + expected + ", got " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(160, response.body().length())));
        }
        if (expected == 404 && school == ELM && path.startsWith("schools/")) {
            assertEquals(
                    "No school with URN " + ELM.urn(),
                    ApiClient.object(response).getString("detail"),
                    "another school reads as an unknown one: " + path);
        }
    }

    private static String fill(String text, AccessSchool school) {
        Map<String, Long> made = ids.get(school);
        return text.replace("{urn}", school.urn())
                .replace("{upn}", school.pupil7A())
                .replace("{name}", school.name())
                .replace("{run}", String.valueOf(made.get("run")))
                .replace("{doc}", String.valueOf(made.get("doc")))
                .replace("{round}", String.valueOf(made.get("round")));
    }

    @Test
    void listsHoldOnlyTheCallersRows() {
        ApiClient lead = OAK.as(base, "lead");
        assertEquals(List.of(OAK.urn()), urns(ApiClient.array(ok(lead.get("schools")))));
        assertEquals(Set.of(OAK.urn()), Set.copyOf(urns(ApiClient.array(ok(lead.get("documents"))))));
        assertEquals(
                0, ApiClient.array(ok(lead.get("documents?urn=" + ELM.urn()))).size());
        JsonArray governorDocuments =
                ApiClient.array(ok(OAK.as(base, "governor").get("documents")));
        assertEquals(
                1,
                governorDocuments.stream()
                        .filter(d -> d.asJsonObject().getString("kind").equals("GOVERNOR_PACK"))
                        .count(),
                "the governor pack of their school only");
        assertEquals("GOVERNOR_PACK", governorDocuments.getJsonObject(0).getString("kind"));
        assertEquals(
                0,
                ApiClient.array(ok(OAK.as(base, "tutor").get("documents"))).stream()
                        .filter(d -> d.asJsonObject().getString("kind").equals("GOVERNOR_PACK"))
                        .count(),
                "no pack for a tutor");
        assertTrue(urns(ApiClient.array(ok(ApiClient.admin(base).get("schools"))))
                .containsAll(List.of(OAK.urn(), ELM.urn())));

        JsonObject trail = ApiClient.object(ok(lead.get("audit?size=500")));
        assertTrue(trail.getJsonNumber("total").longValue() > 0);
        for (JsonValue row : trail.getJsonArray("items")) {
            assertEquals(OAK.urn(), row.asJsonObject().getString("urn"), "a lead reads their schools' trail only");
        }
        assertEquals(
                404, lead.get("audit?urn=" + ELM.urn()).statusCode(), "another school's trail is an unknown school's");
    }

    @Test
    void aTutorOf7ASees7AsPupilsAndNot7Bs() {
        ApiClient tutor = OAK.as(base, "tutor");
        JsonObject roll = ApiClient.object(ok(tutor.get("schools/" + OAK.urn() + "/pupils")));
        assertEquals(5, roll.getInt("total"));
        Set<String> forms = roll.getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getString("form"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("7A"), forms);
        assertEquals(
                6,
                ApiClient.object(ok(OAK.as(base, "lead").get("schools/" + OAK.urn() + "/pupils")))
                        .getInt("total"));

        String unknown = OAK.upn(9);
        for (String tail : new String[] {"", "/register?" + WEEK, "/attendance?" + WEEK}) {
            HttpResponse<String> outside = tutor.get("schools/" + OAK.urn() + "/pupils/" + OAK.pupil7B() + tail);
            HttpResponse<String> missing = tutor.get("schools/" + OAK.urn() + "/pupils/" + unknown + tail);
            assertEquals(404, outside.statusCode(), tail);
            assertEquals(404, missing.statusCode(), tail);
            assertEquals(
                    ApiClient.object(missing).getString("detail").replace(unknown, "?"),
                    ApiClient.object(outside).getString("detail").replace(OAK.pupil7B(), "?"),
                    "7B's pupil reads as unknown");
        }
        assertEquals(
                200, tutor.get("schools/" + OAK.urn() + "/pupils/" + OAK.upn(3)).statusCode());
    }

    @Test
    void aTutorOf7AGets7AsStaffDataAndNot7Bs() throws Exception {
        long pack = ids.get(OAK).get("doc");
        // staff data as the printouts feature files it: kind and form on the archive row (same archived file)
        for (String form : new String[] {"7A", "7B"}) {
            AuditTrailIT.sql(
                    "INSERT INTO document (school_id, kind, title, term_label, period_from, period_to, created_at,"
                            + " created_by, size_bytes, sha256, content_type, form) SELECT school_id, 'STAFF_DATA_FORM', CONCAT('Staff data ', ?),"
                            + " term_label, period_from, period_to, created_at, created_by, size_bytes, sha256, content_type, ? FROM document"
                            + " WHERE id = ?",
                    form,
                    form,
                    pack);
        }
        ApiClient tutor = OAK.as(base, "tutor");
        JsonArray listed = ApiClient.array(ok(tutor.get("documents")));
        assertEquals(
                List.of("Staff data 7A"),
                listed.stream().map(d -> d.asJsonObject().getString("title")).toList());
        assertEquals(
                200,
                tutor.getBytes("documents/" + listed.getJsonObject(0).getJsonNumber("id"))
                        .statusCode());
        List<JsonObject> all = ApiClient.array(ok(OAK.as(base, "head").get("documents?urn=" + OAK.urn()))).stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("STAFF_DATA_FORM"))
                .toList();
        assertEquals(2, all.size(), "the headteacher sees both");
        JsonObject staff7B = all.stream()
                .filter(d -> d.getString("title").endsWith("7B"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                404, tutor.getBytes("documents/" + staff7B.getJsonNumber("id")).statusCode());
        assertEquals(
                0,
                ApiClient.array(ok(OAK.as(base, "governor").get("documents"))).stream()
                        .filter(d -> d.asJsonObject().getString("kind").startsWith("STAFF"))
                        .count(),
                "not for governors");
    }

    @Test
    void governorsGetSuppressedGroupsWhateverTheyAskFor() {
        String groups = "schools/" + OAK.urn() + "/attendance/groups?by=form&audience=staff&" + WEEK;
        Map<String, Boolean> staff =
                suppressed(ApiClient.array(ok(OAK.as(base, "lead").get(groups))));
        Map<String, Boolean> governors =
                suppressed(ApiClient.array(ok(OAK.as(base, "governor").get(groups))));
        assertEquals(Map.of("7A", false, "7B", false), staff);
        // 7B has one pupil; 7A's five would give that one away (the school's figure less 7A's): both suppressed
        assertEquals(
                Map.of("7A", true, "7B", true), governors, "suppressed for governors although they asked for staff");
        for (JsonValue group : ApiClient.array(ok(OAK.as(base, "governor").get(groups)))) {
            assertFalse(
                    group.asJsonObject().containsKey("attendanceRate")
                            && !group.asJsonObject().isNull("attendanceRate"),
                    "no figure of a suppressed group: " + group);
        }
    }

    private static Map<String, Boolean> suppressed(JsonArray groups) {
        return groups.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(g -> g.getString("group"), g -> g.getBoolean("suppressed")));
    }

    private static List<String> urns(JsonArray rows) {
        return rows.stream().map(r -> r.asJsonObject().getString("urn")).toList();
    }
}
