package org.rollcall.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;

/**
 * A whole round of the RAG framework through the API, worked by hand: two tutors score as
 * themselves and the lead enters a parent's answers; nobody sees the others' scores until scoring
 * closes; then the synthesis, agreed scores, the change since last year's round, the action plan
 * with an overdue action, next steps for an Amber chevron, and the governors' summary.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditRoundIT {
    private static final String URN = "900501";
    private static final List<String> CHEVRONS =
            List.of("1.1", "1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void threeRespondentsSynthesisAgreedScoresChangePlanNextStepsAndSummary() {
        ApiClient lead = ApiClient.admin(base);
        ok(lead.putJson("schools/" + URN, "{\"name\":\"Evaluation Academy\",\"phase\":\"secondary\"}"));
        ok(lead.putJson(
                "users/eval.tutor.one",
                "{\"password\":\"tutor-one-pass\",\"roles\":[\"tutor\"],\"schools\":[\"900501\"]}"));
        ok(lead.putJson(
                "users/eval.tutor.two",
                "{\"password\":\"tutor-two-pass\",\"roles\":[\"tutor\"],\"schools\":[\"900501\"]}"));
        ApiClient tutorOne = ApiClient.as(base, "eval.tutor.one", "tutor-one-pass");
        ApiClient tutorTwo = ApiClient.as(base, "eval.tutor.two", "tutor-two-pass");

        // Last year: one agreed view, Recent data Red (4), everything else 6
        long lastYear = openRound(lead, "Autumn 2024 review", "2024-11-15");
        long office = id(created(
                lead.postJson("audits/" + lastYear + "/respondents", "{\"name\":\"Office\",\"kind\":\"STAFF\"}")));
        created(lead.postJson(
                "audits/" + lastYear + "/responses", "{\"item\":\"1.1\",\"score\":4,\"respondent\":" + office + "}"));
        ok(lead.postJson("audits/" + lastYear + "/close-scoring", ""));
        for (String code : CHEVRONS) {
            ok(lead.putJson(
                    "audits/" + lastYear + "/agreed/" + code, "{\"score\":" + (code.equals("1.1") ? 4 : 6) + "}"));
        }
        ok(lead.postJson("audits/" + lastYear + "/close", ""));

        // This year: three respondents
        long round = openRound(lead, "Autumn 2025 review", "2025-11-14");
        created(lead.postJson(
                "audits/" + round + "/respondents",
                "{\"name\":\"Tutor One\",\"kind\":\"STAFF\",\"username\":\"eval.tutor.one\"}"));
        created(lead.postJson(
                "audits/" + round + "/respondents",
                "{\"name\":\"Tutor Two\",\"kind\":\"STAFF\",\"username\":\"eval.tutor.two\"}"));
        long parent = id(created(
                lead.postJson("audits/" + round + "/respondents", "{\"name\":\"A parent\",\"kind\":\"PARENT\"}")));

        // Recent data 4 / 6 / 9: Red, Amber, Green. Priority 6 / 7 / 7. Resource allocation 5 / 8 / 6: all Amber,
        // spread 3.
        // Policy framework scored by the two tutors only: 10 and 11.
        score(tutorOne, round, "1.1", 4, "No list of pupils at risk yet");
        score(tutorOne, round, "1.2a", 6, null);
        score(tutorOne, round, "1.2b", 5, null);
        score(tutorOne, round, "2.1", 10, null);
        score(tutorTwo, round, "1.1", 6, null);
        score(tutorTwo, round, "1.2a", 7, null);
        score(tutorTwo, round, "1.2b", 8, null);
        score(tutorTwo, round, "2.1", 11, null);
        for (String[] s : new String[][] {{"1.1", "9"}, {"1.2a", "7"}, {"1.2b", "6"}}) {
            created(lead.postJson(
                    "audits/" + round + "/responses",
                    "{\"item\":\"" + s[0] + "\",\"score\":" + s[1]
                            + ",\"evidence\":\"Letters home every term\",\"respondent\":" + parent + "}"));
        }

        // While scoring is open, each sees only their own scores (the lead: those entered for the parent)
        assertEquals(
                Map.of("1.1", 4, "1.2a", 6, "1.2b", 5, "2.1", 10),
                scores(tutorOne.get("audits/" + round + "/responses")));
        assertEquals(
                Map.of("1.1", 6, "1.2a", 7, "1.2b", 8, "2.1", 11),
                scores(tutorTwo.get("audits/" + round + "/responses")));
        assertEquals(Map.of("1.1", 9, "1.2a", 7, "1.2b", 6), scores(lead.get("audits/" + round + "/responses")));
        assertEquals(409, lead.get("audits/" + round + "/synthesis").statusCode());
        JsonObject tutorOneProgress =
                ApiClient.array(lead.get("audits/" + round + "/respondents")).getJsonObject(0);
        assertEquals(4, tutorOneProgress.getInt("itemsScored"));
        assertEquals(9, tutorOneProgress.getInt("itemCount"));

        ok(lead.postJson("audits/" + round + "/close-scoring", ""));
        assertEquals(
                11,
                ApiClient.array(tutorOne.get("audits/" + round + "/responses")).size(),
                "all scores visible after closing");
        ok(lead.putJson(
                "users/eval.governor",
                "{\"password\":\"governor-pass\",\"roles\":[\"governor\"],\"schools\":[\"900501\"]}"));
        ApiClient governor = ApiClient.as(base, "eval.governor", "governor-pass");
        assertEquals(
                0,
                ApiClient.array(governor.get("audits/" + round + "/responses")).size(),
                "evidence texts stay with the school team");
        assertEquals(200, governor.get("audits/" + round + "/synthesis").statusCode());

        Map<String, JsonObject> synthesis = byCode(lead.get("audits/" + round + "/synthesis"), "code");
        JsonObject recentData = synthesis.get("1.1").getJsonObject("synthesis");
        assertEquals(3, recentData.getInt("count"));
        assertEquals("6.0", recentData.getJsonNumber("median").bigDecimalValue().toPlainString());
        assertEquals(4, recentData.getInt("lowest"));
        assertEquals(9, recentData.getInt("highest"));
        assertEquals(5, recentData.getInt("spread"));
        assertTrue(recentData.getBoolean("disagreement"));
        assertEquals(1, recentData.getJsonObject("bandCounts").getInt("red"));

        JsonObject priority = synthesis.get("1.2a").getJsonObject("synthesis");
        assertEquals("7.0", priority.getJsonNumber("median").bigDecimalValue().toPlainString());
        assertEquals(1, priority.getInt("spread"));
        assertFalse(priority.getBoolean("disagreement"));

        JsonObject resources = synthesis.get("1.2b").getJsonObject("synthesis");
        assertEquals("6.0", resources.getJsonNumber("median").bigDecimalValue().toPlainString());
        assertEquals(3, resources.getInt("spread"));
        assertTrue(resources.getBoolean("disagreement"), "all Amber, but 5 to 8 reaches the threshold of 3");

        JsonObject policy = synthesis.get("2.1").getJsonObject("synthesis");
        assertEquals(2, policy.getInt("count"));
        assertEquals("10.5", policy.getJsonNumber("median").bigDecimalValue().toPlainString());
        assertEquals(0, synthesis.get("2.2c").getJsonObject("synthesis").getInt("count"));

        // Agreed scores: Recent data Amber 7 (last year Red 4), the rest Green 9
        JsonObject agreed = ok(lead.putJson(
                "audits/" + round + "/agreed/1.1",
                "{\"score\":7,\"note\":\"List of pupils at risk started in October\"}"));
        assertEquals("AMBER", agreed.getString("rag"));
        for (String code : CHEVRONS.subList(1, CHEVRONS.size())) {
            ok(lead.putJson("audits/" + round + "/agreed/" + code, "{\"score\":9}"));
        }
        JsonObject recentReview =
                byCode(lead.get("audits/" + round + "/synthesis"), "code").get("1.1");
        assertEquals(7, recentReview.getJsonObject("agreed").getInt("score"));
        assertEquals(
                "List of pupils at risk started in October",
                recentReview.getJsonObject("agreed").getString("note"));
        JsonObject change = recentReview.getJsonObject("change");
        assertEquals(4, change.getInt("previousScore"));
        assertEquals("RED", change.getString("previousRag"));
        assertEquals(3, change.getInt("difference"));
        assertEquals("IMPROVED", change.getString("direction"));

        // The action plan: one action overdue, one due in future, one done late (not overdue)
        JsonObject overdue = created(lead.postJson(
                "audits/" + round + "/actions",
                action("1.1", "Weekly list of pupils at risk of PA", "2020-01-01", "IN_PROGRESS")));
        assertTrue(overdue.getBoolean("overdue"));
        assertFalse(created(lead.postJson(
                        "audits/" + round + "/actions",
                        action("1.2b", "Attendance CPD for all tutors", "2999-07-01", null)))
                .getBoolean("overdue"));
        JsonObject done = created(lead.postJson(
                "audits/" + round + "/actions", action("2.2c", "Termly printout to parents", "2020-02-01", null)));
        assertFalse(ok(lead.putJson(
                        "audits/" + round + "/actions/" + done.getInt("id") + "/status", "{\"status\":\"DONE\"}"))
                .getBoolean("overdue"));
        JsonObject noted = created(lead.postJson(
                "audits/" + round + "/actions/" + overdue.getInt("id") + "/notes",
                "{\"on\":\"2025-12-01\",\"note\":\"First list shared with heads of year\"}"));
        assertEquals("2025-12-01", noted.getJsonArray("notes").getJsonObject(0).getString("on"));

        ok(lead.postJson("audits/" + round + "/close", ""));

        // Next steps: Recent data is Amber, so its guidance comes back; the Green chevrons do not
        List<JsonObject> nextSteps =
                ApiClient.array(lead.get("audits/" + round + "/next-steps")).getValuesAs(JsonObject.class);
        assertEquals(
                List.of("1.1"), nextSteps.stream().map(n -> n.getString("item")).toList());
        assertEquals("AMBER", nextSteps.get(0).getString("rag"));
        JsonObject firstExpectation = nextSteps
                .get(0)
                .getJsonObject("guidance")
                .getJsonArray("expectations")
                .getJsonObject(0);
        assertEquals(
                "Schools obtain absence data concerning pupils transferring into the school.",
                firstExpectation.getString("expectation"));
        assertEquals(
                "An agreed data set should be available at transfer.",
                firstExpectation.getJsonArray("examples").getJsonObject(1).getString("text"));

        // The governors' summary of the latest closed round
        JsonObject summary = ok(lead.get("schools/" + URN + "/self-evaluation?framework=rag"));
        assertEquals(round, summary.getJsonNumber("roundId").longValue());
        assertEquals(
                "Autumn 2024 review", summary.getJsonObject("previousRound").getString("title"));
        JsonObject recentLine = byCode(summary.getJsonArray("scores").getValuesAs(JsonObject.class), "item")
                .get("1.1");
        assertEquals(7, recentLine.getInt("score"));
        assertEquals("AMBER", recentLine.getString("rag"));
        assertEquals(3, recentLine.getInt("change"));
        assertEquals(9, summary.getJsonArray("scores").size());
        assertEquals(
                List.of("1.1", "1.2b"),
                summary.getJsonArray("disagreements").getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("item"))
                        .toList());
        assertEquals(
                List.of("Weekly list of pupils at risk of PA"),
                summary.getJsonArray("overdueActions").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getString("description"))
                        .toList());
        assertEquals(
                "recent-data",
                summary.getJsonArray("nextSteps")
                        .getJsonObject(0)
                        .getJsonObject("guidance")
                        .getString("key"));
    }

    private long openRound(ApiClient lead, String title, String heldOn) {
        JsonObject round = created(lead.postJson(
                "schools/" + URN + "/audits",
                "{\"framework\":\"rag\",\"title\":\"" + title + "\",\"heldOn\":\"" + heldOn + "\"}"));
        assertEquals("SCORING", round.getString("status"));
        return round.getJsonNumber("id").longValue();
    }

    private static void score(ApiClient respondent, long round, String item, int score, String evidence) {
        created(respondent.postJson(
                "audits/" + round + "/responses",
                "{\"item\":\"" + item + "\",\"score\":" + score
                        + (evidence == null ? "" : ",\"evidence\":\"" + evidence + "\"") + "}"));
    }

    private static String action(String item, String description, String due, String status) {
        return "{\"item\":\"" + item + "\",\"description\":\"" + description
                + "\",\"priority\":\"HIGH\",\"owner\":\"Attendance lead\","
                + "\"firstStep\":\"Agree the list format\",\"overseer\":\"Headteacher\",\"successMeasure\":\"PA below last year\","
                + "\"dueOn\":\"" + due + "\"" + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}";
    }

    private static Map<String, Integer> scores(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.array(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("item"), r -> r.getInt("score")));
    }

    private static Map<String, JsonObject> byCode(HttpResponse<String> response, String field) {
        assertEquals(200, response.statusCode(), response.body());
        return byCode(ApiClient.array(response).getValuesAs(JsonObject.class), field);
    }

    private static Map<String, JsonObject> byCode(List<JsonObject> objects, String field) {
        return objects.stream().collect(Collectors.toMap(o -> o.getString(field), o -> o));
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.object(response);
    }

    static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.object(response);
    }
}
