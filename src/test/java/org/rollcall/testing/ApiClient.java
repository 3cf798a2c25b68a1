package org.rollcall.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API as a school's script would use it: Basic login, JSON and CSV. */
public final class ApiClient {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "it-admin-password";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.authorization = authorization;
    }

    /** Logged in as the test admin. */
    public static ApiClient admin(URL deployment) {
        return as(deployment, ADMIN, ADMIN_PASSWORD);
    }

    public static ApiClient as(URL deployment, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(deployment.toString(), "Basic " + token);
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(deployment.toString(), null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patchJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postCsv(String path, String fileName, byte[] csv) {
        return send(request(path)
                .header("Content-Type", "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    public HttpResponse<String> postCsv(String path, String fileName, String csv) {
        return postCsv(path, fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + "api/" + path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
