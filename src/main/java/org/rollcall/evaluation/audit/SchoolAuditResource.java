package org.rollcall.evaluation.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.rollcall.platform.Roles;

/** {@code /api/schools/{urn}/audits}: open a self-evaluation round at a school, list its rounds. */
@Path("schools/{urn}/audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SchoolAuditResource {

    @Inject
    AuditService audits;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
    public Response open(
            @PathParam("urn") String urn,
            @NotNull @Valid AuditRequests.OpenRound request,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        AuditRound round = audits.open(urn, request, Caller.of(security));
        return Response.created(uri.getBaseUriBuilder()
                        .path("audits")
                        .path(String.valueOf(round.getId()))
                        .build())
                .entity(AuditViews.RoundView.of(round))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
    public List<AuditViews.RoundView> list(@PathParam("urn") String urn) {
        return audits.rounds(urn).stream().map(AuditViews.RoundView::of).toList();
    }
}
