package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.ArrayList;
import java.util.List;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.school.staff.YearGroupText;

/** {@code POST /api/schools/{urn}/runs} with {@code {"kind", "from", "to"}}: starts a run, answers 202 with its status. */
@Path("schools/{urn}/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SchoolRunsResource {

    /** @param yearGroups numbers ({@code 7}) or text for the year groups that are not ({@code "R"}) */
    public record RunRequest(
            @NotNull String kind,
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Size(max = 100) List<@NotBlank @Size(max = 20) String> forms,
            @Size(max = 20) List<Object> yearGroups) {}

    @Inject
    RunService service;

    @Inject
    RunRepository runs;

    @Inject
    RunViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(
            @PathParam("urn") String urn,
            @Valid @NotNull RunRequest request,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        ReportRun run = service.start(
                urn,
                request.kind(),
                request.from(),
                request.to(),
                security.getUserPrincipal().getName(),
                limits(request));
        return Response.accepted(views.of(runs.find(run.getId()).orElseThrow()))
                .location(uri.getBaseUriBuilder()
                        .path("runs")
                        .path(String.valueOf(run.getId()))
                        .build())
                .build();
    }

    private static RunLimits limits(RunRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> years = YearGroupText.parse("yearGroups", request.yearGroups(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad request", "The run's year groups are not year groups", errors);
        }
        List<String> forms = request.forms() == null
                ? List.of()
                : request.forms().stream().map(String::trim).distinct().toList();
        return new RunLimits(forms, years.stream().distinct().toList());
    }
}
