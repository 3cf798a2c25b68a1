package org.rollcall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;

/** Every endpoint but health needs a login; a login without the role gets 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutLoginTheApiAnswers401() {
        var response = ApiClient.anonymous(base).get("schools");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, ApiClient.anonymous(base).get("documents").statusCode());
        assertEquals(
                401,
                ApiClient.anonymous(base).postJson("schools/900300/runs", "{}").statusCode());
    }

    @Test
    void wrongPasswordIs401() {
        assertEquals(
                401,
                ApiClient.as(base, ApiClient.ADMIN, "not-the-password")
                        .get("schools")
                        .statusCode());
    }

    @Test
    void aGovernorMayNotImportOrRunOrReadPupilFigures() {
        ApiClient admin = ApiClient.admin(base);
        var created = admin.putJson("users/gov.one", "{\"password\":\"governor-pass-1\",\"roles\":[\"governor\"]}");
        assertEquals(200, created.statusCode(), created.body());
        admin.putJson("schools/900300", "{\"name\":\"Secure School\",\"phase\":\"primary\"}");

        ApiClient governor = ApiClient.as(base, "gov.one", "governor-pass-1");
        assertEquals(
                403,
                governor.get("schools/900300/attendance?from=2025-09-01&to=2025-09-30")
                        .statusCode());
        assertEquals(
                403,
                governor.postCsv("schools/900300/marks", "marks.csv", "upn,date,session,code\n")
                        .statusCode());
        assertEquals(403, governor.get("users").statusCode());
        assertEquals(200, admin.get("users").statusCode());
    }

    @Test
    void healthNeedsNoLogin() {
        assertEquals(200, ApiClient.anonymous(base).get("health").statusCode());
    }

    @Test
    void unknownRoleIsRefusedWithAProblemBody() {
        var response = ApiClient.admin(base)
                .putJson("users/someone", "{\"password\":\"long-enough-1\",\"roles\":[\"caretaker\"]}");
        assertEquals(400, response.statusCode());
        assertEquals(
                "caretaker",
                ApiClient.object(response)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("value"));
    }
}
