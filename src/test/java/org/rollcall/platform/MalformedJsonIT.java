package org.rollcall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.function.BiFunction;
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
 * Every endpoint family that takes JSON answers a body that is not JSON, or holds a date that is
 * no date, with 400 and a problem body, never a 500. The body is read before the resource runs, so
 * nothing was changed (the school's name below stays as it was).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MalformedJsonIT {
    private static final String URN = "900801";
    private static final String NOT_JSON = "{\"name\": \"Half a body";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    ApiClient admin;

    @BeforeEach
    void aSchool() {
        admin = ApiClient.admin(base);
        assertEquals(
                200,
                admin.putJson("schools/" + URN, "{\"name\":\"Malformed Primary\",\"phase\":\"primary\"}")
                        .statusCode());
    }

    private static void badRequest(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = ApiClient.object(response);
        assertEquals(400, problem.getInt("status"));
        assertEquals("Bad request", problem.getString("title"));
    }

    /** The field JSON-B could not read is named in the problem's errors. */
    private static void badField(HttpResponse<String> response, String field) {
        badRequest(response);
        assertEquals(
                field,
                ApiClient.object(response)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
    }

    private void notJson(BiFunction<String, String, HttpResponse<String>> send, String path) {
        badRequest(send.apply(path, NOT_JSON));
        badRequest(send.apply(path, "[1, 2,"));
    }

    @Test
    void schoolsGovernorsAndCalendar() {
        notJson(admin::putJson, "schools/" + URN);
        notJson(admin::putJson, "schools/" + URN + "/governors");
        notJson(admin::putJson, "schools/" + URN + "/calendar");
        badField(
                admin.putJson(
                        "schools/" + URN + "/calendar",
                        "{\"academicYears\":[{\"name\":\"2025/26\","
                                + "\"start\":\"2025-09-31\",\"end\":\"2026-08-31\"}]}"),
                "academicYears.start");
        assertEquals(
                "Malformed Primary",
                ApiClient.object(admin.get("schools/" + URN)).getString("name"));
    }

    @Test
    void users() {
        notJson(admin::putJson, "users/malformed.user");
        assertFalse(admin.get("users").body().contains("malformed.user"));
    }

    @Test
    void targetsBandsPupilTargetsAndBenchmarks() {
        notJson(admin::putJson, "schools/" + URN + "/attendance/targets");
        notJson(admin::putJson, "schools/" + URN + "/attendance/bands");
        badField(admin.putJson("schools/" + URN + "/attendance/bands", "{\"excellent\":\"high\"}"), "excellent");
        notJson(admin::putJson, "schools/" + URN + "/pupils/A123456789012/attendance/target");
        badField(
                admin.putJson(
                        "schools/" + URN + "/pupils/A123456789012/attendance/target",
                        "{\"termStart\":\"2025-02-30\",\"target\":95}"),
                "termStart");
        notJson(admin::putJson, "national-benchmarks/2024-25");
    }

    @Test
    void auditRoundsScoresAndTheActionPlan() {
        notJson(admin::postJson, "schools/" + URN + "/audits");
        badField(
                admin.postJson(
                        "schools/" + URN + "/audits",
                        "{\"framework\":\"rag\",\"title\":\"Spring\",\"heldOn\":\"20/03/2026\"}"),
                "heldOn");
        notJson(admin::postJson, "audits/1/respondents");
        notJson(admin::postJson, "audits/1/responses");
        notJson(admin::putJson, "audits/1/agreed/1.1");
        notJson(admin::postJson, "audits/1/actions");
        notJson(admin::putJson, "audits/1/actions/1/status");
        badField(admin.postJson("audits/1/actions/1/notes", "{\"on\":\"yesterday\",\"note\":\"Called home\"}"), "on");
    }

    @Test
    void runs() {
        notJson(admin::postJson, "schools/" + URN + "/runs");
        badField(
                admin.postJson(
                        "schools/" + URN + "/runs",
                        "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"2025-09-01\"," + "\"to\":\"2025-12-32\"}"),
                "to");
    }
}
