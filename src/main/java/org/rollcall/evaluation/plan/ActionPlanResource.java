package org.rollcall.evaluation.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.rollcall.platform.Roles;

/** {@code /api/audits/{id}/actions}: the round's action plan. Leads change it; heads and governors read it. */
@Path("audits/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
@Transactional
public class ActionPlanResource {

    @Inject
    ActionPlanService plan;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
    public List<ActionView> list(@PathParam("id") long roundId) {
        OverdueRule rule = plan.overdueRule();
        return plan.actions(roundId).stream().map(a -> ActionView.of(a, rule)).toList();
    }

    @POST
    public Response add(
            @PathParam("id") long roundId,
            @NotNull @Valid ActionPlanRequests.NewAction request,
            @Context SecurityContext security) {
        PlanAction action =
                plan.add(roundId, request, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(ActionView.of(action, plan.overdueRule()))
                .build();
    }

    /** The whole action again (as for POST): the lead changes the owner, due date or wording. */
    @PUT
    @Path("{actionId}")
    public ActionView edit(
            @PathParam("id") long roundId,
            @PathParam("actionId") long actionId,
            @NotNull @Valid ActionPlanRequests.NewAction request) {
        return ActionView.of(plan.edit(roundId, actionId, request), plan.overdueRule());
    }

    @PUT
    @Path("{actionId}/status")
    public ActionView changeStatus(
            @PathParam("id") long roundId,
            @PathParam("actionId") long actionId,
            @NotNull @Valid ActionPlanRequests.StatusChange request) {
        return ActionView.of(plan.changeStatus(roundId, actionId, request.status()), plan.overdueRule());
    }

    @POST
    @Path("{actionId}/notes")
    public Response addNote(
            @PathParam("id") long roundId,
            @PathParam("actionId") long actionId,
            @NotNull @Valid ActionPlanRequests.Note request,
            @Context SecurityContext security) {
        PlanAction action = plan.addNote(
                roundId, actionId, request, security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(ActionView.of(action, plan.overdueRule()))
                .build();
    }
}
