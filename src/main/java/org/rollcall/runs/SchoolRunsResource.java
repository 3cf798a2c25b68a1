package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.rollcall.platform.Roles;

/** {@code POST /api/schools/{urn}/runs} with {@code {"kind", "from", "to"}}: starts a run, answers 202 with its status. */
@Path("schools/{urn}/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SchoolRunsResource {

    public record RunRequest(@NotNull String kind, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    @Inject
    RunService service;

    @Inject
    RunRepository runs;

    @Inject
    RunViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("urn") String urn, @NotNull RunRequest request,
                          @Context SecurityContext security, @Context UriInfo uri) {
        ReportRun run = service.start(urn, request.kind(), request.from(), request.to(), security.getUserPrincipal().getName());
        return Response.accepted(views.of(runs.find(run.getId()).orElseThrow()))
                .location(uri.getBaseUriBuilder().path("runs").path(String.valueOf(run.getId())).build())
                .build();
    }
}
