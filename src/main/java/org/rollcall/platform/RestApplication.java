package org.rollcall.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Every REST resource lives under {@code /rollcall/api}. JAX-RS picks one root class per request
 * by its longest literal path, so a class path must never be a prefix-with-template of another's
 * (e.g. {@code schools/{urn}} would hide {@code schools}): give each class its full, distinct path.
 * The OpenAPI document ({@code GET /openapi}) takes its title and login scheme from here, its version
 * from the build ({@code META-INF/microprofile-config.properties}), and its tags and per-operation login
 * from {@link org.rollcall.platform.openapi.ApiDocumentFilter}. WildFly 39 writes a licence and external
 * documentation into every document it serves, empty when not given, and an empty licence is invalid
 * OpenAPI: so both are given. The licence is the legal default of a repository that names none.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Rollcall",
                        version = "see META-INF/microprofile-config.properties",
                        description = "School attendance reporting: registers in (CSV, CTF), figures by the DfE"
                                + " methodology, governor packs, SEF sections, parent printouts, staff data and"
                                + " casework letters out. Every endpoint but /api/health needs HTTP Basic login; roles"
                                + " apply only in the user's own schools. Errors are application/problem+json.",
                        license =
                                @License(name = "All rights reserved", identifier = "LicenseRef-All-Rights-Reserved")),
        externalDocs =
                @ExternalDocumentation(
                        description = "The README this server was built with: the API tables with who may call what,"
                                + " configuration, health",
                        url = "/rollcall/README.md"))
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "A Rollcall user and password (PUT /api/users/{username})")
public class RestApplication extends Application {}
