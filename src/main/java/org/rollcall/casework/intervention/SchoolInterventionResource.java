package org.rollcall.casework.intervention;

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
import java.util.Optional;
import org.rollcall.casework.CaseworkQuery;
import org.rollcall.casework.InterventionType;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/interventions?from=&to=&type=}: the school's interventions in a window, oldest
 * first; a tutor's list holds their forms' and year groups' pupils only. Audited ({@code CASEWORK_READ}).
 */
@Path("schools/{urn}/interventions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.TUTOR})
public class SchoolInterventionResource {

    @Inject
    SchoolService schools;

    @Inject
    InterventionService interventions;

    @Inject
    CallerGrants caller;

    /** Without {@code from} or {@code to}, the window is open at that end. */
    @GET
    @PupilLevel("CASEWORK_READ")
    public List<InterventionView> list(
            @PathParam("urn") String urn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("type") String type) {
        LocalDate start = CaseworkQuery.optionalDate("from", from).orElse(LocalDate.of(1900, 1, 1));
        LocalDate end = CaseworkQuery.optionalDate("to", to).orElse(LocalDate.of(9999, 12, 31));
        CaseworkQuery.checkOrder(start, end);
        Optional<InterventionType> kind = CaseworkQuery.optionalType(type);
        Grants grants = caller.grants();
        return interventions.ofSchool(schools.require(urn), start, end, kind).stream()
                .filter(i ->
                        grants.mayReadPupil(i.getPupil().getForm(), i.getPupil().getYearGroup()))
                .map(InterventionView::of)
                .toList();
    }
}
