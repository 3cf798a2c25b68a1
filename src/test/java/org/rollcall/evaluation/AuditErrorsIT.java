package org.rollcall.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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

/** Every way a round refuses a request answers with a problem body an attendance lead can act on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditErrorsIT {
    private static final String URN = "900502";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static boolean usersCreated;

    ApiClient lead;
    ApiClient tutor;
    ApiClient outsider;
    long round;
    long parent;

    @BeforeEach
    void aRagRoundWithOneTutorAndOneParent() {
        lead = ApiClient.admin(base);
        AuditRoundIT.ok(lead.putJson("schools/" + URN, "{\"name\":\"Refusals Primary\",\"phase\":\"primary\"}"));
        if (!usersCreated) {
            AuditRoundIT.ok(lead.putJson(
                    "users/eval.err.tutor",
                    "{\"password\":\"err-tutor-pass\",\"roles\":[\"tutor\"],\"schools\":[\"900502\"]}"));
            AuditRoundIT.ok(lead.putJson(
                    "users/eval.err.outsider",
                    "{\"password\":\"err-outsider-pass\",\"roles\":[\"tutor\"],\"schools\":[\"900502\"]}"));
            usersCreated = true;
        }
        tutor = ApiClient.as(base, "eval.err.tutor", "err-tutor-pass");
        outsider = ApiClient.as(base, "eval.err.outsider", "err-outsider-pass");
        round = AuditRoundIT.created(lead.postJson(
                        "schools/" + URN + "/audits",
                        "{\"framework\":\"rag\",\"title\":\"Spring review\",\"heldOn\":\"2026-03-20\"}"))
                .getJsonNumber("id")
                .longValue();
        AuditRoundIT.created(lead.postJson(
                path("respondents"),
                "{\"name\":\"Class teacher\",\"kind\":\"STAFF\",\"username\":\"eval.err.tutor\"}"));
        parent = AuditRoundIT.created(lead.postJson(path("respondents"), "{\"name\":\"Parent\",\"kind\":\"PARENT\"}"))
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void aScoreOutsideTheScaleIs422() {
        JsonObject problem = problem(422, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":13}"));
        assertEquals("score", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("13", problem.getJsonArray("errors").getJsonObject(0).getString("value"));
        problem(422, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":0}"));
        problem(422, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"rating\":\"AMBER\"}"));
    }

    @Test
    void anUnknownItemIs422() {
        JsonObject problem = problem(422, tutor.postJson(path("responses"), "{\"item\":\"9.9\",\"score\":5}"));
        assertEquals("item", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("9.9", problem.getJsonArray("errors").getJsonObject(0).getString("value"));
    }

    @Test
    void scoringTheSameItemTwiceIs409() {
        AuditRoundIT.created(tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5}"));
        JsonObject problem = problem(409, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":6}"));
        assertTrue(problem.getString("detail").contains("already scored item 1.1"), problem.toString());
        AuditRoundIT.created(
                lead.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5,\"respondent\":" + parent + "}"));
        problem(409, lead.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5,\"respondent\":" + parent + "}"));
    }

    @Test
    void someoneWhoIsNotARespondentGets403() {
        JsonObject problem = problem(403, outsider.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5}"));
        assertTrue(problem.getString("detail").contains("not a respondent"), problem.toString());
        problem(403, lead.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5}"));
        problem(403, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5,\"respondent\":" + parent + "}"));
        problem(422, lead.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5,\"respondent\":999999}"));
    }

    @Test
    void scoringAfterScoringClosedIs409() {
        AuditRoundIT.ok(lead.postJson(path("close-scoring"), ""));
        JsonObject problem = problem(409, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5}"));
        assertTrue(problem.getString("detail").startsWith("Scoring is closed"), problem.toString());
        problem(409, lead.postJson(path("respondents"), "{\"name\":\"Late\",\"kind\":\"STAFF\"}"));
        problem(409, lead.postJson(path("close-scoring"), ""));
    }

    @Test
    void agreeingBeforeScoringClosedIs409() {
        JsonObject problem = problem(409, lead.putJson(path("agreed/1.1"), "{\"score\":6}"));
        assertTrue(problem.getString("detail").contains("close scoring"), problem.toString());
    }

    @Test
    void closingARoundWithoutEveryAgreedScoreIs409AndAClosedRoundIsFinal() {
        problem(409, lead.postJson(path("close"), ""));
        AuditRoundIT.ok(lead.postJson(path("close-scoring"), ""));
        problem(404, lead.putJson(path("agreed/9.9"), "{\"score\":6}"));
        problem(422, lead.putJson(path("agreed/1.1"), "{\"score\":12.5}"));
        AuditRoundIT.ok(lead.putJson(path("agreed/1.1"), "{\"score\":6}"));
        JsonObject missing = problem(409, lead.postJson(path("close"), ""));
        assertEquals(8, missing.getJsonArray("errors").size(), "the eight chevrons not yet agreed are listed");
        for (String code : new String[] {"1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c"}) {
            AuditRoundIT.ok(lead.putJson(path("agreed/" + code), "{\"score\":9}"));
        }
        AuditRoundIT.ok(lead.postJson(path("close"), ""));
        problem(409, lead.putJson(path("agreed/1.1"), "{\"score\":7}"));
        problem(409, tutor.postJson(path("responses"), "{\"item\":\"1.1\",\"score\":5}"));
    }

    @Test
    void onlyLeadsRunARound() {
        assertEquals(
                403,
                tutor.postJson(
                                "schools/" + URN + "/audits",
                                "{\"framework\":\"rag\",\"title\":\"Mine\",\"heldOn\":\"2026-03-20\"}")
                        .statusCode());
        assertEquals(403, tutor.postJson(path("close-scoring"), "").statusCode());
        assertEquals(403, tutor.putJson(path("agreed/1.1"), "{\"score\":6}").statusCode());
        assertEquals(403, tutor.postJson(path("actions"), "{}").statusCode());
        problem(
                422,
                lead.postJson(
                        "schools/" + URN + "/audits",
                        "{\"framework\":\"nope\",\"title\":\"X\",\"heldOn\":\"2026-03-20\"}"));
        problem(
                404,
                lead.postJson(
                        "schools/999999/audits", "{\"framework\":\"rag\",\"title\":\"X\",\"heldOn\":\"2026-03-20\"}"));
        problem(404, lead.get("audits/999999"));
    }

    @Test
    void aRedAmberGreenFrameworkTakesTheColour() {
        long audit = AuditRoundIT.created(lead.postJson(
                        "schools/" + URN + "/audits",
                        "{\"framework\":\"audit\",\"title\":\"Systems audit\",\"heldOn\":\"2026-03-20\"}"))
                .getJsonNumber("id")
                .longValue();
        AuditRoundIT.created(lead.postJson(
                "audits/" + audit + "/respondents",
                "{\"name\":\"Class teacher\",\"kind\":\"STAFF\",\"username\":\"eval.err.tutor\"}"));
        JsonObject amber = AuditRoundIT.created(
                tutor.postJson(
                        "audits/" + audit + "/responses",
                        "{\"item\":\"1.11\",\"rating\":\"amber\",\"evidence\":\"Codes checked each July\",\"action\":\"Check termly\"}"));
        assertEquals(2, amber.getInt("score"));
        assertEquals("AMBER", amber.getString("rag"));
        assertEquals("Check termly", amber.getString("action"));
        problem(422, tutor.postJson("audits/" + audit + "/responses", "{\"item\":\"1.10\",\"rating\":\"PURPLE\"}"));
        problem(422, tutor.postJson("audits/" + audit + "/responses", "{\"item\":\"1.10\",\"score\":4}"));
    }

    private String path(String tail) {
        return "audits/" + round + "/" + tail;
    }

    private static JsonObject problem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = ApiClient.object(response);
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("detail"), response.body());
        return problem;
    }
}
