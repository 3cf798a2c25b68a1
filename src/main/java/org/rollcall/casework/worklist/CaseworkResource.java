package org.rollcall.casework.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.rollcall.casework.CaseworkQuery;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/casework?asOf=YYYY-MM-DD}: the casework worklist (default: today, London time).
 * A tutor sees the entries of their forms and year groups only; every read is audited ({@code CASEWORK_READ}).
 */
@Path("schools/{urn}/casework")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.TUTOR})
public class CaseworkResource {

    @Inject
    SchoolService schools;

    @Inject
    CaseworkService casework;

    @Inject
    Clock clock;

    @Inject
    CallerGrants caller;

    @GET
    @PupilLevel("CASEWORK_READ")
    public WorklistView worklist(@PathParam("urn") String urn, @QueryParam("asOf") String asOf) {
        School school = schools.require(urn);
        LocalDate date = CaseworkQuery.optionalDate("asOf", asOf).orElse(LocalDate.now(clock));
        Grants grants = caller.grants();
        return WorklistView.of(
                date,
                casework.worklist(school, date).stream()
                        .filter(e -> grants.mayReadPupil(e.form(), e.yearGroup()))
                        .toList());
    }
}
