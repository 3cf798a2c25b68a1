package org.rollcall.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * MicroProfile Health as an orchestrator sees it: {@code /health/live} and {@code /health/ready} on the HTTP
 * port (forwarded to the management interface, where WildFly serves them) and on the management port
 * itself, without a login. Ready means the database is migrated and answers, and the archive takes files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void liveOnTheHttpPort() {
        HttpResponse<String> live = get(httpRoot().resolve("/health/live"));

        assertEquals(200, live.statusCode(), live.body());
        JsonObject body = json(live);
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", checks(body).get("rollcall").getString("status"));
    }

    @Test
    void readyOnTheHttpPortAndTheManagementPortOnceMigratedWithAWritableArchive() {
        for (URI root : new URI[] {httpRoot(), managementRoot()}) {
            HttpResponse<String> ready = get(root.resolve("/health/ready"));

            assertEquals(200, ready.statusCode(), root + ": " + ready.body());
            Map<String, JsonObject> checks = checks(json(ready));
            assertEquals("UP", json(ready).getString("status"));
            JsonObject database = checks.get("database");
            assertEquals("UP", database.getString("status"));
            assertTrue(database.getJsonObject("data").getBoolean("migrated"));
            assertTrue(database.getJsonObject("data").getBoolean("reachable"));
            assertEquals("UP", checks.get("archive").getString("status"));
        }
    }

    @Test
    void notReadyWhileTheArchiveCannotBeWrittenAndReadyAgainAfter() throws Exception {
        Path archive = Path.of(System.getProperty("it.work.dir"), "data", "archive");
        Path aside = archive.resolveSibling("archive.aside-for-health-it");
        Files.createDirectories(archive.getParent());
        boolean existed = Files.exists(archive);
        if (existed) {
            Files.move(archive, aside);
        }
        try {
            // a file where the folder should be: no document can be stored, not even by root
            Files.writeString(archive, "not a folder");

            HttpResponse<String> notReady = get(httpRoot().resolve("/health/ready"));

            assertEquals(503, notReady.statusCode(), notReady.body());
            JsonObject body = json(notReady);
            assertEquals("DOWN", body.getString("status"));
            assertEquals("DOWN", checks(body).get("archive").getString("status"));
            assertEquals("UP", checks(body).get("database").getString("status"));
            assertEquals(200, get(httpRoot().resolve("/health/live")).statusCode(), "still live");
            assertEquals(200, ApiClient.anonymous(base).get("health").statusCode(), "api/health: migrated");
        } finally {
            Files.deleteIfExists(archive);
            if (existed) {
                Files.move(aside, archive);
            }
        }
        assertEquals(200, get(httpRoot().resolve("/health/ready")).statusCode());
    }

    @Test
    void onlyHealthIsForwardedToTheManagementInterface() {
        assertEquals(404, get(httpRoot().resolve("/management")).statusCode());
        // sent as written, not normalised by the client: the server must not climb out of /health
        assertEquals(404, get(URI.create(httpRoot() + "health/../management")).statusCode());
        assertEquals(404, get(httpRoot().resolve("/healthz")).statusCode());
    }

    private URI httpRoot() {
        return URI.create(base.toString()).resolve("/");
    }

    private static URI managementRoot() {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.management.port") + "/");
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
