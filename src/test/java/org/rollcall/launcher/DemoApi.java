package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** The REST API as the demo loader calls it: Basic login, JSON, CSV, and a 3xx/4xx/5xx is an error unless said otherwise. */
final class DemoApi {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String api;
    private final String authorization;

    DemoApi(String baseUrl, String user, String password) {
        this.api = baseUrl + "/api/";
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    /** The answer whatever its status (for checks such as "is the school there yet?"). */
    HttpResponse<String> probe(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(jsonRequest(path, json, "PUT"));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(jsonRequest(path, json, "POST"));
    }

    HttpResponse<String> csv(String path, Path file) throws IOException, InterruptedException {
        return send(request(path)
                .header("Content-Type", "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build());
    }

    /**
     * A call for one part of the demo (school details, staff, printout runs). Every part is in this build, so
     * a refusal is a defect: the demo stops and says which part and what the server answered.
     */
    Optional<HttpResponse<String>> ifAvailable(String what, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(jsonRequest(path, json, method), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            throw new IllegalStateException("The demo could not load " + what + ": " + method + " /api/" + path
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return Optional.of(check(jsonRequest(path, json, method), response));
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response.body());
    }

    static long id(HttpResponse<String> response) {
        return object(response).getJsonNumber("id").longValue();
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private HttpRequest jsonRequest(String path, String json, String method) {
        return request(path)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return check(request, http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static HttpResponse<String> check(HttpRequest request, HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
