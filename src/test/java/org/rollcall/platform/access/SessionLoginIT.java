package org.rollcall.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The web page's login: {@code POST /api/session} with the page header starts a session whose cookie is
 * HttpOnly and SameSite=Strict; the session then reads like HTTP Basic, a change without the page header
 * is refused (CSRF), logging out ends it, and a wrong password is a 401 recorded like a Basic one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionLoginIT {
    static final String URN = "914090";
    static final String USER = "session.lead";
    static final String PASSWORD = "session-lead-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aSessionReadsAndChangesLikeBasicButChangesNeedThePageHeader() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        admin.putJson("schools/" + URN, "{\"name\":\"Session School\",\"phase\":\"primary\"}");
        admin.putJson(
                "users/" + USER,
                "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"attendance-lead\"],\"schools\":[\"" + URN + "\"]}");

        HttpResponse<String> login =
                send("POST", "session", "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}", true);
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("ROLLCALL_SESSION="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        JsonObject me = ApiClient.object(login);
        assertEquals(USER, me.getString("username"));
        assertEquals("attendance-lead", me.getJsonArray("roles").getString(0));
        assertEquals(
                "Session School", me.getJsonArray("schools").getJsonObject(0).getString("name"));

        assertEquals(200, send("GET", "session", null, false).statusCode());
        assertEquals(200, send("GET", "schools/" + URN, null, false).statusCode());
        assertEquals(404, send("GET", "schools/900300", null, false).statusCode(), "another school");

        String change = "{\"attendance\":95,\"persistentAbsence\":12}";
        HttpResponse<String> withoutHeader = send("PUT", "schools/" + URN + "/attendance/targets", change, false);
        assertEquals(403, withoutHeader.statusCode(), withoutHeader.body());
        assertTrue(withoutHeader.body().contains("X-Rollcall-Page"), withoutHeader.body());
        HttpResponse<String> withHeader = send("PUT", "schools/" + URN + "/attendance/targets", change, true);
        assertEquals(200, withHeader.statusCode(), withHeader.body());

        assertEquals(204, send("DELETE", "session", null, true).statusCode());
        HttpResponse<String> after = send("GET", "session", null, true);
        assertEquals(401, after.statusCode());
        assertEquals(
                "Rollcall-Session",
                after.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aWrongPasswordIs401AndALoginFromAnotherSiteIsRefused() throws Exception {
        HttpResponse<String> wrong =
                send("POST", "session", "{\"username\":\"nobody.here\",\"password\":\"not-the-password\"}", true);
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertFalse(wrong.headers().firstValue("Set-Cookie").orElse("").contains("ROLLCALL_SESSION=")
                && send("GET", "session", null, true).statusCode() == 200);
        HttpResponse<String> foreign = send(
                "POST", "session", "{\"username\":\"admin\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}", false);
        assertEquals(403, foreign.statusCode(), foreign.body());
    }

    private HttpResponse<String> send(String method, String path, String json, boolean pageHeader) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (pageHeader) {
            request.header("X-Rollcall-Page", "1");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
