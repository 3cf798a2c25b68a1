package org.rollcall.evaluation.audit;

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

/**
 * {@code /api/audits/{id}}: one round. Leads (admin, attendance lead) manage it; any logged-in user
 * who is a respondent scores in it; scores are visible to all only after the lead closes scoring.
 */
@Path("audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR})
@Transactional
public class AuditResource {
    @Inject
    AuditService audits;

    @Inject
    ScoringService scoring;

    @Inject
    RoundReview review;

    @Inject
    AuditRepository repository;

    @GET
    @Path("{id}")
    public AuditViews.RoundView get(@PathParam("id") long id) {
        return AuditViews.RoundView.of(audits.require(id));
    }

    @GET
    @Path("{id}/respondents")
    public List<AuditViews.RespondentView> respondents(@PathParam("id") long id) {
        AuditRound round = audits.require(id);
        return AuditViews.RespondentView.of(
                repository.respondents(round),
                repository.responses(round),
                round.getFramework().items().size());
    }

    @POST
    @Path("{id}/respondents")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
    public Response addRespondent(@PathParam("id") long id, @NotNull @Valid AuditRequests.AddRespondent request) {
        Respondent respondent = audits.addRespondent(id, request);
        return Response.status(Response.Status.CREATED)
                .entity(AuditViews.RespondentView.of(
                        respondent,
                        0,
                        respondent.getRound().getFramework().items().size()))
                .build();
    }

    @POST
    @Path("{id}/responses")
    public Response score(
            @PathParam("id") long id, @NotNull @Valid AuditRequests.Score request, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED)
                .entity(AuditViews.ResponseView.of(scoring.score(id, request, Caller.of(security))))
                .build();
    }

    @GET
    @Path("{id}/responses")
    public List<AuditViews.ResponseView> responses(@PathParam("id") long id, @Context SecurityContext security) {
        return scoring.visibleResponses(id, Caller.of(security)).stream()
                .map(AuditViews.ResponseView::of)
                .toList();
    }

    @POST
    @Path("{id}/close-scoring")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
    public AuditViews.RoundView closeScoring(@PathParam("id") long id) {
        return AuditViews.RoundView.of(audits.closeScoring(id));
    }

    @GET
    @Path("{id}/synthesis")
    public List<ItemReview> synthesis(@PathParam("id") long id) {
        return review.synthesis(id);
    }

    @PUT
    @Path("{id}/agreed/{item}")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
    public AuditViews.AgreedView agree(
            @PathParam("id") long id,
            @PathParam("item") String item,
            @NotNull AuditRequests.Agree request,
            @Context SecurityContext security) {
        AgreedScore agreed = audits.agree(id, item, request, Caller.of(security));
        return AuditViews.AgreedView.of(
                agreed, audits.require(id).getFramework().scale().rag(agreed.getScore()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
    public AuditViews.RoundView close(@PathParam("id") long id) {
        return AuditViews.RoundView.of(audits.close(id));
    }
}
