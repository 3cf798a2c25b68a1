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

    private static final String DETAILS =
            "{\"name\":\"{name}\",\"phase\":\"secondary\",\"address\":[\"1 Access Road\"],"
                    + "\"headteacher\":\"Mr Head\",\"attendanceChampion\":{\"name\":\"Ms Champion\",\"email\":\"champion@school.example\"}}";
    private static final String STAFF = "[{\"name\":\"Tess Tutor\",\"email\":\"tess.{urn}@school.example\","
            + "\"username\":\"{tutor}\",\"forms\":[\"7A\"],\"yearGroups\":[]}]";
    private static final String SCHEDULE =
            "[{\"kind\":\"GOVERNOR_PACK\",\"at\":\"TERM_END\",\"offsetSchoolDays\":-5,\"window\":\"TERM_TO_DATE\"}]";
    private static final String BANDS =
            "{\"excellent\":97,\"earlyConcern\":95,\"atRisk\":92,\"persistentAbsence\":90,\"serious\":85}";

    /**
     * The matrix, one row a call: family, method, path, body, and the expected status for admin, lead, head,
     * governor and tutor in their own school. In another school every role but admin gets the 404 of an
     * unknown school (or its own 403). A new endpoint family is one more row.
     */
    private static final List<Call> CALLS = List.of(
            new Call("schools", "GET", "schools", null, 200, 200, 200, 403, 403),
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
            new Call("school details", "PUT", "schools/{urn}", DETAILS, 200, 200, 200, 403, 403),
            new Call("users", "GET", "users", null, 200, 403, 403, 403, 403),
            new Call(
                    "users",
                    "PUT",
                    "users/access.matrix.user",
                    "{\"password\":\"" + AccessSchool.PASSWORD + "\",\"roles\":[\"tutor\"],\"schools\":[\"{urn}\"]}",
                    200,
                    403,
                    403,
                    403,
                    403),
            new Call("calendar", "GET", "schools/{urn}/calendar", null, 200, 200, 200, 403, 403),
            new Call("governors", "GET", "schools/{urn}/governors", null, 200, 200, 200, 403, 403),
            new Call("governors", "PUT", "schools/{urn}/governors", "[]", 200, 200, 200, 403, 403),
            new Call("staff", "GET", "schools/{urn}/staff", null, 200, 200, 200, 403, 403),
            new Call("staff", "PUT", "schools/{urn}/staff", STAFF, 200, 200, 200, 403, 403),
            new Call("pupils", "GET", "schools/{urn}/pupils", null, 200, 200, 200, 403, 200),
            new Call("pupils", "GET", "schools/{urn}/pupils/{upn}", null, 200, 200, 200, 403, 200),
            new Call("register", "GET", "schools/{urn}/pupils/{upn}/register?" + WEEK, null, 200, 200, 200, 403, 200),
            new Call("imports", "GET", "schools/{urn}/imports", null, 200, 200, 200, 403, 403),
            new Call("imports", "CSV", "schools/{urn}/marks", "marks", 200, 200, 200, 403, 403),
            new Call("imports", "CSV", "schools/{urn}/contacts", "contacts", 200, 200, 200, 403, 403),
            new Call("inbox", "POST", "inbox/pull", "", 200, 200, 403, 403, 403),
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
            new Call("bands", "PUT", "schools/{urn}/attendance/bands", BANDS, 200, 200, 200, 403, 403),
            new Call("benchmarks", "GET", "national-benchmarks", null, 200, 200, 200, 403, 403),
            new Call("casework", "GET", "schools/{urn}/casework?asOf=2025-09-12", null, 200, 200, 200, 403, 200),
            new Call("casework", "GET", "schools/{urn}/pupils/{upn}/interventions", null, 200, 200, 200, 403, 200),
            new Call(
                    "casework",
                    "POST",
                    "schools/{urn}/pupils/{upn}/interventions",
                    "{\"type\":\"CONVERSATION\",\"date\":\"2025-09-12\",\"owner\":\"Ms Lead\"}",
                    201,
                    201,
                    403,
                    403,
                    403),
            new Call(
                    "casework",
                    "PATCH",
                    "schools/{urn}/pupils/{upn}/interventions/{intervention}",
                    "{\"notes\":\"Spoke to the family\"}",
                    200,
                    200,
                    403,
                    403,
                    403),
            new Call("casework", "GET", "schools/{urn}/interventions", null, 200, 200, 200, 403, 200),
            new Call(
                    "casework",
                    "GET",
                    "schools/{urn}/interventions/impact?from=2025-09-01&to=2025-09-12",
                    null,
                    200,
                    200,
                    200,
                    403,
                    403),
            new Call(
                    "letters",
                    "POST",
                    "schools/{urn}/pupils/{upn}/letters",
                    "{\"type\":\"STAGE_1_LETTER\",\"asOf\":\"2025-09-12\"}",
                    201,
                    201,
                    403,
                    403,
                    403),
            new Call("letters", "GET", "schools/{urn}/letters/print-file", null, 200, 200, 403, 403, 403),
            new Call("evaluation rounds", "GET", "schools/{urn}/audits", null, 200, 200, 200, 200, 403),
            new Call("evaluation rounds", "GET", "audits/{round}", null, 200, 200, 200, 200, 200),
            new Call("evaluation rounds", "GET", "audits/{round}/respondents", null, 200, 200, 200, 200, 200),
            new Call("evaluation rounds", "GET", "audits/{round}/next-steps", null, 200, 200, 200, 200, 403),
            new Call("self-evaluation", "GET", "schools/{urn}/self-evaluation", null, 200, 200, 200, 200, 403),
            new Call("frameworks", "GET", "frameworks", null, 200, 200, 200, 200, 200),
            new Call("guidance", "GET", "guidance", null, 200, 200, 200, 200, 200),
            new Call("sef", "GET", "schools/{urn}/sef?year=2025/26", null, 200, 200, 200, 403, 403),
            new Call(
                    "runs",
                    "POST",
                    "schools/{urn}/runs",
                    "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"" + FROM + "\",\"to\":\"" + TO
                            + "\",\"forms\":[\"7B\"]}",
                    202,
                    202,
                    202,
                    403,
                    403),
            new Call("runs", "GET", "runs/{run}", null, 200, 200, 200, 403, 403),
            new Call("runs", "GET", "runs/{run}/documents", null, 200, 200, 200, 403, 403),
            new Call("runs", "GET", "runs?urn={urn}", null, 200, 200, 200, 403, 403),
            new Call("runs", "POST", "runs/{run}/restart", "", 409, 409, 409, 403, 403),
            new Call("schedule", "GET", "schools/{urn}/schedule", null, 200, 200, 200, 403, 403),
            new Call("schedule", "PUT", "schools/{urn}/schedule", SCHEDULE, 200, 200, 200, 403, 403),
            new Call("schedule", "POST", "schedule/check?urn={urn}", "", 200, 403, 403, 403, 403),
            new Call("outbox", "GET", "outbox", null, 200, 200, 200, 403, 403),
            new Call("outbox", "POST", "outbox/retry", "", 202, 202, 202, 403, 403),
            new Call("session", "GET", "session", null, 200, 200, 200, 200, 200),
            new Call("documents", "GET", "documents", null, 200, 200, 200, 200, 200),
            new Call("documents", "GET", "documents/{doc}", null, 200, 200, 200, 200, 404),
            new Call("archive", "POST", "archive/verify?urn={urn}", "", 200, 200, 403, 403, 403),
            new Call("archive", "POST", "archive/erase-expired?urn={urn}", "", 200, 200, 403, 403, 403),
            new Call("audit", "GET", "audit", null, 200, 200, 200, 403, 403),
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
            // staff data for 7A, 7B and year 7, made by a real run
            JsonObject staffData = school.run(admin, "STAFF_DATA", FROM, TO, "");
            assertEquals("COMPLETED", staffData.getString("status"), staffData.toString());
            long round = ApiClient.object(ok(admin.postJson(
                            "schools/" + school.urn() + "/audits",
                            "{\"framework\":\"rag\",\"title\":\"Autumn review\",\"heldOn\":\"2025-11-14\"}")))
                    .getJsonNumber("id")
                    .longValue();
            Map<String, Long> schoolIds = new java.util.HashMap<>(Map.of(
                    "run",
                    run.getJsonNumber("id").longValue(),
                    "doc",
                    run.getJsonArray("documentIds").getJsonNumber(0).longValue(),
                    "round",
                    round,
                    "staffRun",
                    staffData.getJsonNumber("id").longValue()));
            closedRound(admin, school);
            schoolIds.put("intervention", conversation(admin, school, school.pupil7A()));
            conversation(admin, school, school.pupil7B());
            made.put(school, schoolIds);
        }
        ids = made;
    }

    /** A closed round of the RAG framework, which the self-evaluation summary needs: one score, nine agreed. */
    private static void closedRound(ApiClient admin, AccessSchool school) {
        long round = ApiClient.object(ok(admin.postJson(
                        "schools/" + school.urn() + "/audits",
                        "{\"framework\":\"rag\",\"title\":\"Summer review\",\"heldOn\":\"2025-07-10\"}")))
                .getJsonNumber("id")
                .longValue();
        long office = ApiClient.object(ok(
                        admin.postJson("audits/" + round + "/respondents", "{\"name\":\"Office\",\"kind\":\"STAFF\"}")))
                .getJsonNumber("id")
                .longValue();
        ok(admin.postJson(
                "audits/" + round + "/responses", "{\"item\":\"1.1\",\"score\":5,\"respondent\":" + office + "}"));
        ok(admin.postJson("audits/" + round + "/close-scoring", ""));
        for (String code : List.of("1.1", "1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c")) {
            ok(admin.putJson("audits/" + round + "/agreed/" + code, "{\"score\":7}"));
        }
        ok(admin.postJson("audits/" + round + "/close", ""));
    }

    private static long conversation(ApiClient admin, AccessSchool school, String upn) {
        return ApiClient.object(ok(admin.postJson(
                        "schools/" + school.urn() + "/pupils/" + upn + "/interventions",
                        "{\"type\":\"CONVERSATION\",\"date\":\"2025-09-11\",\"owner\":\"Ms Lead\"}")))
                .getJsonNumber("id")
                .longValue();
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
                    case "POST" -> caller.postJson(path, fill(call.body(), school));
                    case "PATCH" -> caller.patchJson(path, fill(call.body(), school));
                    case "CSV" -> caller.postCsv(
                            path,
                            call.body() + ".csv",
                            call.body().equals("marks") ? school.marksCsv() : school.contactsCsv());
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
                .replace("{tutor}", school.user("tutor"))
                .replace("{intervention}", String.valueOf(made.get("intervention")))
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
    void aTutorOf7AGets7AsStaffDataAndNot7Bs() {
        // the STAFF_DATA run of the set-up made one document for 7A, one for 7B and one for year 7
        JsonArray made = ApiClient.object(
                        ok(OAK.as(base, "head").get("runs/" + ids.get(OAK).get("staffRun") + "/documents")))
                .getJsonArray("items");
        Map<String, Long> byGroup = made.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        d -> d.getString("kind") + " " + d.getString("form", d.getString("yearGroup", "?")),
                        d -> d.getJsonNumber("id").longValue()));
        assertEquals(Set.of("STAFF_DATA_FORM 7A", "STAFF_DATA_FORM 7B", "STAFF_DATA_YEAR 7"), byGroup.keySet());

        ApiClient tutor = OAK.as(base, "tutor");
        List<Long> listed = ApiClient.array(ok(tutor.get("documents"))).stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").startsWith("STAFF_DATA"))
                .map(d -> d.getJsonNumber("id").longValue())
                .toList();
        assertEquals(List.of(byGroup.get("STAFF_DATA_FORM 7A")), listed, "only 7A's staff data");
        assertEquals(
                200,
                tutor.getBytes("documents/" + byGroup.get("STAFF_DATA_FORM 7A")).statusCode());
        assertEquals(
                404,
                tutor.getBytes("documents/" + byGroup.get("STAFF_DATA_FORM 7B")).statusCode());
        assertEquals(
                404,
                tutor.getBytes("documents/" + byGroup.get("STAFF_DATA_YEAR 7")).statusCode(),
                "no year grant");
        assertEquals(
                0,
                ApiClient.array(ok(OAK.as(base, "governor").get("documents"))).stream()
                        .filter(d -> d.asJsonObject().getString("kind").startsWith("STAFF"))
                        .count(),
                "not for governors");
    }

    @Test
    void theStaffListGivesAUserTheStaffDataItAssignsThem() {
        JsonArray made = ApiClient.object(
                        ok(OAK.as(base, "head").get("runs/" + ids.get(OAK).get("staffRun") + "/documents")))
                .getJsonArray("items");
        long year7 = made.stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("STAFF_DATA_YEAR"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        ApiClient admin = ApiClient.admin(base);
        String headOfYear = "access.711.head-of-year";
        ok(admin.putJson(
                "users/" + headOfYear,
                "{\"password\":\"" + AccessSchool.PASSWORD + "\",\"roles\":[\"tutor\"],\"schools\":[\"" + OAK.urn()
                        + "\"]}"));
        ApiClient staff = ApiClient.as(base, headOfYear, AccessSchool.PASSWORD);
        assertEquals(404, staff.getBytes("documents/" + year7).statusCode(), "no grant and not on the staff list");
        ok(admin.putJson(
                "schools/" + OAK.urn() + "/staff",
                "[{\"name\":\"Hal Head of Year\",\"email\":\"hal@oak.example\",\"username\":\"" + headOfYear
                        + "\",\"forms\":[],\"yearGroups\":[7]}]"));
        try {
            assertEquals(200, staff.getBytes("documents/" + year7).statusCode(), "the staff it was made for");
            assertEquals(
                    List.of(year7),
                    ApiClient.array(ok(staff.get("documents"))).stream()
                            .map(d -> d.asJsonObject().getJsonNumber("id").longValue())
                            .toList());
        } finally {
            ok(admin.putJson("schools/" + OAK.urn() + "/staff", "[]"));
        }
    }

    @Test
    void aTutorSeesTheCaseworkOfTheirFormsOnly() throws Exception {
        String worklist = "schools/" + OAK.urn() + "/casework?asOf=2025-09-12";
        // pupil 2 (7A) is at exactly 90% and pupil 6 (7B) at 80%: both persistently absent, both on the worklist
        assertEquals(
                Set.of("7A", "7B"),
                forms(ApiClient.object(ok(OAK.as(base, "lead").get(worklist))).getJsonArray("entries")));
        ApiClient tutor = OAK.as(base, "tutor");
        JsonObject own = ApiClient.object(ok(tutor.get(worklist)));
        assertEquals(Set.of("7A"), forms(own.getJsonArray("entries")));
        assertEquals(own.getJsonArray("entries").size(), own.getInt("count"), "the count is of the tutor's rows");

        Set<String> upns = ApiClient.array(ok(tutor.get("schools/" + OAK.urn() + "/interventions"))).stream()
                .map(i -> i.asJsonObject().getString("upn"))
                .collect(Collectors.toSet());
        assertTrue(upns.contains(OAK.pupil7A()), upns.toString());
        assertFalse(upns.contains(OAK.pupil7B()), "not 7B's interventions");
        assertTrue(ApiClient.array(ok(OAK.as(base, "head").get("schools/" + OAK.urn() + "/interventions"))).stream()
                .anyMatch(i -> i.asJsonObject().getString("upn").equals(OAK.pupil7B())));

        String unknown = OAK.upn(9);
        HttpResponse<String> outside =
                tutor.get("schools/" + OAK.urn() + "/pupils/" + OAK.pupil7B() + "/interventions");
        HttpResponse<String> missing = tutor.get("schools/" + OAK.urn() + "/pupils/" + unknown + "/interventions");
        assertEquals(404, outside.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(
                ApiClient.object(missing).getString("detail").replace(unknown, "?"),
                ApiClient.object(outside).getString("detail").replace(OAK.pupil7B(), "?"),
                "7B's pupil reads as unknown");
        assertEquals(403, OAK.as(base, "governor").get(worklist).statusCode());

        JsonObject trail = ApiClient.object(ok(ApiClient.admin(base).get("audit?size=500&user=" + OAK.user("tutor"))));
        assertTrue(
                trail.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(r -> r.getString("action").equals("CASEWORK_READ")
                                && r.getString("subject").equals("GET /" + worklist.replaceFirst("\\?.*", ""))),
                "the tutor's casework read is audited: " + trail);
    }

    private static Set<String> forms(JsonArray entries) {
        return entries.stream().map(e -> e.asJsonObject().getString("form")).collect(Collectors.toSet());
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
