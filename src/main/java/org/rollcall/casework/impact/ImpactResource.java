package org.rollcall.casework.impact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.rollcall.casework.CaseworkQuery;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/interventions/impact?from=&to=&weeks=4}: per type of intervention dated
 * in the window, attendance over the N school weeks before and after. (A literal path longer than
 * {@code schools/{urn}/interventions}, so this class answers its own URL.) {@code audience=governors}
 * suppresses the types with fewer than 5 pupils, as the governor pack needs.
 */
@Path("schools/{urn}/interventions/impact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class ImpactResource {

    static final int DEFAULT_WEEKS = 4;

    @Inject
    SchoolService schools;

    @Inject
    ImpactService impact;

    @GET
    public List<ImpactFigure> impact(
            @PathParam("urn") String urn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("weeks") String weeks,
            @QueryParam("audience") String audience) {
        LocalDate start = CaseworkQuery.optionalDate("from", from)
                .orElseThrow(() -> ProblemException.badRequest("The query parameter 'from' is required (YYYY-MM-DD)"));
        LocalDate end = CaseworkQuery.optionalDate("to", to)
                .orElseThrow(() -> ProblemException.badRequest("The query parameter 'to' is required (YYYY-MM-DD)"));
        CaseworkQuery.checkOrder(start, end);
        boolean governors = CaseworkQuery.governors(audience);
        List<ImpactFigure> figures =
                impact.impact(schools.require(urn), start, end, CaseworkQuery.weeks(weeks, DEFAULT_WEEKS));
        return governors ? figures.stream().map(ImpactFigure::forGovernors).toList() : figures;
    }
}
