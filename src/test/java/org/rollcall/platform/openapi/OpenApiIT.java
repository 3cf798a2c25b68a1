package org.rollcall.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.platform.openapi.ReadmeEndpoints.Endpoint;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;

/**
 * {@code GET /openapi} on the HTTP port, without a login: a valid OpenAPI 3 document (read and validated by
 * swagger-parser) that lists every endpoint the README documents, each tagged with its family, with HTTP
 * Basic as the login and no data of any school in it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {
    private static final String API_BASE = "/rollcall/api";
    // the document as served, kept for a reader of the build
    private static final Path SERVED = Path.of("target", "it", "openapi.json");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDocumentIsValidOpenApi3AndNeedsNoLogin() throws Exception {
        HttpResponse<String> response = get("/openapi?format=JSON", "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(response.body(), get("/openapi", "application/json").body(), "the Accept header alone");

        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, response.body());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());

        assertEquals(List.of(), Optional.ofNullable(parsed.getMessages()).orElse(List.of()));
        OpenAPI openApi = parsed.getOpenAPI();
        assertTrue(openApi.getOpenapi().startsWith("3."), openApi.getOpenapi());
        assertEquals("Rollcall", openApi.getInfo().getTitle());
        assertEquals("0.1.0-SNAPSHOT", openApi.getInfo().getVersion());
        assertFalse(openApi.getInfo().getDescription().isBlank());
    }

    @Test
    void everyEndpointTheReadmeDocumentsIsInTheDocument() throws Exception {
        OpenAPI openApi = document();
        List<Endpoint> documented = ReadmeEndpoints.read(Path.of("README.md")).endpoints();

        List<Endpoint> missing = documented.stream()
                .filter(endpoint -> !served(openApi, endpoint))
                .toList();

        assertEquals(List.of(), missing, "in the README but not in GET /openapi");
        assertTrue(documented.size() > 60, documented.toString());
    }

    @Test
    void everyOperationIsTaggedWithAFamilyTheDocumentDescribes() {
        OpenAPI openApi = document();
        Set<String> families = openApi.getTags().stream().map(Tag::getName).collect(Collectors.toSet());
        assertTrue(families.containsAll(Set.of("Schools", "Pupils", "Imports", "Attendance", "Runs", "Casework")));

        List<String> untagged = openApi.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .filter(op -> op.getValue().getTags() == null
                                || !families.containsAll(op.getValue().getTags()))
                        .map(op -> op.getKey() + " " + path.getKey()))
                .toList();

        assertEquals(List.of(), untagged, "operations without a family (add a prefix to ApiFamily)");
        assertEquals(
                List.of("Imports"),
                openApi.getPaths()
                        .get(API_BASE + "/schools/{urn}/{kind}")
                        .getPost()
                        .getTags());
    }

    @Test
    void theLoginIsHttpBasicEverywhereButHealth() {
        OpenAPI openApi = document();
        SecurityScheme basic = openApi.getComponents().getSecuritySchemes().get("basic");
        assertEquals(SecurityScheme.Type.HTTP, basic.getType());
        assertEquals("basic", basic.getScheme());

        assertEquals(null, openApi.getSecurity(), "no document-wide login: each operation states its own");
        assertEquals(null, openApi.getPaths().get(API_BASE + "/health").getGet().getSecurity(), "no login");
        List<String> withoutLogin = openApi.getPaths().entrySet().stream()
                .filter(path -> !path.getKey().equals(API_BASE + "/health"))
                .flatMap(path -> path.getValue().readOperationsMap().entrySet().stream()
                        .filter(op -> op.getValue().getSecurity() == null
                                || op.getValue().getSecurity().size() != 1
                                || !op.getValue().getSecurity().get(0).containsKey("basic"))
                        .map(op -> op.getKey() + " " + path.getKey()))
                .toList();
        assertEquals(List.of(), withoutLogin);
    }

    @Test
    void theExternalDocumentationIsTheReadmeServedBesideTheApi() {
        OpenAPI openApi = document();
        String readme = openApi.getExternalDocs().getUrl();

        HttpResponse<String> served = get(readme, null);

        assertEquals(200, served.statusCode(), readme);
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(served.body().startsWith("# Rollcall"), served.body().substring(0, 40));
    }

    @Test
    void theDocumentHoldsNoSchoolsDataNorSecrets() {
        ApiClient admin = ApiClient.admin(base);
        admin.putJson("schools/900777", "{\"name\":\"Openapi Leak Test Academy\",\"phase\":\"secondary\"}");
        admin.putJson("users/leak.tester", "{\"password\":\"leak-tester-pass\",\"roles\":[\"governor\"]}");

        String anonymous = get("/openapi?format=JSON", "application/json").body();
        String yaml = get("/openapi", null).body();

        for (String secretOrData : List.of(
                "900777",
                "Leak Test Academy",
                "leak.tester",
                ApiClient.ADMIN_PASSWORD,
                "jdbc:",
                System.getProperty("it.work.dir"))) {
            assertFalse(anonymous.contains(secretOrData), secretOrData);
            assertFalse(yaml.contains(secretOrData), secretOrData);
        }
        assertTrue(yaml.startsWith("---") || yaml.startsWith("openapi:") || yaml.contains("\nopenapi:"), yaml);
    }

    /** The README's path, below the API base, against the document's: a literal matches a template's pattern. */
    private static boolean served(OpenAPI openApi, Endpoint endpoint) {
        return openApi.getPaths().entrySet().stream()
                .filter(path -> path.getKey().startsWith(API_BASE + "/"))
                .anyMatch(path -> {
                    Operation operation =
                            path.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.method()));
                    return operation != null
                            && matches(endpoint.path(), path.getKey().substring(API_BASE.length()), operation);
                });
    }

    private static boolean matches(String readmePath, String documentPath, Operation operation) {
        String[] readme = readmePath.split("/");
        String[] document = documentPath.split("/");
        if (readme.length != document.length) {
            return false;
        }
        Map<String, String> patterns = Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
                .filter(p -> "path".equals(p.getIn())
                        && p.getSchema() != null
                        && p.getSchema().getPattern() != null)
                .collect(Collectors.toMap(Parameter::getName, p -> p.getSchema().getPattern()));
        for (int i = 0; i < readme.length; i++) {
            boolean readmeTemplate = readme[i].startsWith("{");
            boolean documentTemplate = document[i].startsWith("{");
            String name = document[i].replaceAll("[{}]", "");
            boolean same = readmeTemplate
                    ? documentTemplate
                    : readme[i].equals(document[i])
                            || (documentTemplate
                                    && patterns.containsKey(name)
                                    && readme[i].matches(patterns.get(name)));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private OpenAPI document() {
        return new OpenAPIV3Parser()
                .readContents(get("/openapi?format=JSON", "application/json").body())
                .getOpenAPI();
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(pathAndQuery));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
