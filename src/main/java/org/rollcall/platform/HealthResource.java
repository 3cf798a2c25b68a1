package org.rollcall.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** {@code GET /api/health}: 200 UP once the database is migrated, 503 DOWN before. No login needed. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record Health(String status, boolean databaseMigrated) {}

    @Inject
    Readiness readiness;

    @GET
    @Operation(
            summary = "UP once the database is migrated (503 DOWN before)",
            description = "Kept for scripts; an orchestrator probes /health/live and /health/ready on the server root")
    @SecurityRequirements // none: no login (LoginGate lets /api/health through)
    public Response health() {
        boolean up = readiness.isReady();
        return Response.status(up ? 200 : 503)
                .entity(new Health(up ? "UP" : "DOWN", up))
                .build();
    }
}
