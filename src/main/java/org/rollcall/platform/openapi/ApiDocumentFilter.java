package org.rollcall.platform.openapi;

import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Finishes the generated document (named by {@code mp.openapi.filter}). Tags every operation with its
 * {@link ApiFamily}, so the resources need no annotation for it. Gives every operation the HTTP Basic login
 * unless it declares none ({@code @SecurityRequirements} with nothing in it, as {@code GET /api/health} does):
 * a document-wide login that one operation lifts needs {@code security: []} on that operation, and WildFly 39
 * drops empty lists when it serves the document, so the login is stated where it applies instead.
 */
public class ApiDocumentFilter implements OASFilter {
    static final String LOGIN = "basic";
    private static final Pattern UP_TO_API = Pattern.compile("^.*?/api(?=/)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (ApiFamily family : ApiFamily.values()) {
            openAPI.addTag(OASFactory.createTag().name(family.tag).description(family.description));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            String apiPath = UP_TO_API.matcher(path).replaceFirst("");
            item.getOperations().values().forEach(operation -> {
                ApiFamily.of(apiPath).ifPresent(family -> operation.addTag(family.tag));
                requireLoginUnlessDeclaredPublic(operation);
            });
        });
    }

    private static void requireLoginUnlessDeclaredPublic(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(LOGIN)));
        }
    }
}
