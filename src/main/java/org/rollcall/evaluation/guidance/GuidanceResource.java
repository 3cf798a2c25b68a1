package org.rollcall.evaluation.guidance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code /api/guidance}: the guidance library per chevron ("Addressing Absence"). */
@Path("guidance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR})
@Transactional
public class GuidanceResource {

    @Inject
    GuidanceRepository guidance;

    @GET
    public List<GuidanceViews.ChevronSummary> list() {
        return guidance.chevrons().stream()
                .map(GuidanceViews.ChevronSummary::of)
                .toList();
    }

    @GET
    @Path("{key}")
    public GuidanceViews.ChevronGuidance get(@PathParam("key") String key) {
        return GuidanceViews.ChevronGuidance.of(
                guidance.chevron(key).orElseThrow(() -> ProblemException.notFound("No guidance for chevron " + key)));
    }
}
