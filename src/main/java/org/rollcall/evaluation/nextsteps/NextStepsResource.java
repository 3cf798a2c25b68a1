package org.rollcall.evaluation.nextsteps;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.Roles;

/** {@code GET /api/audits/{id}/next-steps}: guidance for the round's chevrons agreed Red or Amber. */
@Path("audits/{id}/next-steps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
@Transactional
public class NextStepsResource {

    @Inject
    NextStepsService nextSteps;

    @GET
    public List<NextStep> list(@PathParam("id") long roundId) {
        return nextSteps.forRound(roundId);
    }
}
