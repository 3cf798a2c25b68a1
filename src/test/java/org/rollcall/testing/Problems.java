package org.rollcall.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Checks of answers: a success, or a problem body with the status and the field it names. */
public final class Problems {
    private Problems() {}

    public static HttpResponse<String> ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + ": " + response.body());
        return response;
    }

    public static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(
                ApiClient.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> field.equals(e.getString("field", null))),
                field + " named in " + response.body());
    }
}
