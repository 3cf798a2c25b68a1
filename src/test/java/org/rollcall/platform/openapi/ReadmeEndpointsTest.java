package org.rollcall.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.openapi.ReadmeEndpoints.Endpoint;

/** How the README's endpoint tables are read (OpenApiIT checks each endpoint against the served document). */
class ReadmeEndpointsTest {

    @Test
    void aRowNamesOneOrMoreEndpointsARepeatedMethodKeepsThePathAndAnEllipsisContinuesIt() {
        var readme = ReadmeEndpoints.parse(List.of(
                "| Method and path | Body | Who | What |",
                "|---|---|---|---|",
                "| `GET /schools`, `GET /schools/{urn}` | | admin | schools |",
                "| `PUT /schools/{urn}/staff`, `GET` | `[{\"name\"}]` | admin | staff |",
                "| `GET /schools/{urn}/imports`, `GET .../imports/{id}/changes` | | admin | history |",
                "| `GET /schools/{urn}/pupils?year=&form=` | | tutor | the roll |",
                "| `POST /audits/{id}/responses` | `{\"score\":7 \\| \"rating\":\"AMBER\"}` | a respondent | score |"));

        assertEquals(
                List.of(
                        new Endpoint("GET", "/schools"),
                        new Endpoint("GET", "/schools/{urn}"),
                        new Endpoint("PUT", "/schools/{urn}/staff"),
                        new Endpoint("GET", "/schools/{urn}/staff"),
                        new Endpoint("GET", "/schools/{urn}/imports"),
                        new Endpoint("GET", "/schools/{urn}/imports/{id}/changes"),
                        new Endpoint("GET", "/schools/{urn}/pupils"),
                        new Endpoint("POST", "/audits/{id}/responses")),
                readme.endpoints());
    }

    @Test
    void rowsOfOtherTablesAndFullUrlsAreNotApiEndpoints() {
        var readme = ReadmeEndpoints.parse(List.of(
                "| `ROLLCALL_DATA_DIR` | `./data` | Archive of documents |",
                "| `PERSISTENT_ABSENCE`, `SEVERE_ABSENCE` | year to date at or below 90.0% | Monday |",
                "| `GET http://localhost:8080/openapi` | HTTP port | the OpenAPI document |",
                "| `GET` | nothing before it |"));

        assertEquals(List.of(), readme.endpoints());
    }

    @Test
    void theProjectReadmeDocumentsTheApiInSeveralTables() throws Exception {
        var endpoints = ReadmeEndpoints.read(Path.of("README.md")).endpoints();

        assertTrue(endpoints.contains(new Endpoint("GET", "/health")), endpoints.toString());
        assertTrue(endpoints.contains(new Endpoint("POST", "/schools/{urn}/marks")), endpoints.toString());
        assertTrue(endpoints.contains(new Endpoint("PATCH", "/schools/{urn}/pupils/{upn}/interventions/{id}")));
        assertTrue(endpoints.contains(new Endpoint("GET", "/audit")), endpoints.toString());
        assertTrue(endpoints.size() > 60, "only " + endpoints.size() + " endpoints read: " + endpoints);
    }
}
