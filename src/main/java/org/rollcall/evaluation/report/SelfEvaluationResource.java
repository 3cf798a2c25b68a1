package org.rollcall.evaluation.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code GET /api/schools/{urn}/self-evaluation?framework=rag}: the summary the governor pack shows. */
@Path("schools/{urn}/self-evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
@Transactional
public class SelfEvaluationResource {

    @Inject
    SelfEvaluationService selfEvaluation;

    @GET
    public SelfEvaluationSummary get(
            @PathParam("urn") String urn, @QueryParam("framework") @DefaultValue("rag") String framework) {
        return selfEvaluation
                .summary(urn, framework)
                .orElseThrow(() -> ProblemException.notFound(
                        "School " + urn + " has no closed round of the " + framework + " framework yet"));
    }
}
