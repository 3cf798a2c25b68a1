package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code POST /api/schools/{urn}/runs} starts a run; {@code GET /api/runs/{id}} tells how it went. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class RunResource {

    public record RunRequest(@NotNull String kind, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    public record MailStatus(long sent, long waiting, boolean smtpConfigured) {
    }

    public record RunView(long id, String urn, String kind, LocalDate from, LocalDate to, String status,
                          String message, String requestedBy, LocalDateTime created, LocalDateTime finished,
                          List<Long> documentIds, MailStatus emails) {
    }

    @Inject
    RunService service;

    @Inject
    RunRepository runs;

    @Inject
    MailOutbox outbox;

    @POST
    @Path("schools/{urn}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("urn") String urn, @NotNull RunRequest request,
                          @Context SecurityContext security, @Context UriInfo uri) {
        ReportRun run = service.start(urn, request.kind(), request.from(), request.to(), security.getUserPrincipal().getName());
        return Response.accepted(view(runs.find(run.getId()).orElseThrow()))
                .location(uri.getBaseUriBuilder().path("runs").path(String.valueOf(run.getId())).build())
                .build();
    }

    @GET
    @Path("runs/{id}")
    public RunView get(@PathParam("id") long id) {
        return view(runs.find(id).orElseThrow(() -> ProblemException.notFound("No run " + id)));
    }

    private RunView view(ReportRun run) {
        MailOutbox.Counts mail = outbox.countsForRun(run.getId());
        return new RunView(run.getId(), run.getSchool().getUrn(), run.getKind().name(), run.getPeriodFrom(),
                run.getPeriodTo(), run.getStatus().name(), run.getMessage(), run.getRequestedBy(), run.getCreatedAt(),
                run.getFinishedAt(), run.getDocuments().stream().map(Document::getId).toList(),
                new MailStatus(mail.sent(), mail.pending(), org.rollcall.delivery.MailSender.configured()));
    }
}
