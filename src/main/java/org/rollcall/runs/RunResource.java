package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code GET /api/runs/{id}}: how a run went, with its documents and emails. */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class RunResource {

    @Inject
    RunRepository runs;

    @Inject
    RunViews views;

    @GET
    @Path("{id}")
    public RunViews.RunView get(@PathParam("id") long id) {
        return views.of(runs.find(id).orElseThrow(() -> ProblemException.notFound("No run " + id)));
    }
}
