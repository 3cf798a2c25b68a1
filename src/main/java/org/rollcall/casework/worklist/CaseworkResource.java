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
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** {@code /api/schools/{urn}/casework?asOf=YYYY-MM-DD}: the casework worklist (default: today, London time). */
@Path("schools/{urn}/casework")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class CaseworkResource {

    @Inject
    SchoolService schools;

    @Inject
    CaseworkService casework;

    @Inject
    Clock clock;

    @GET
    public WorklistView worklist(@PathParam("urn") String urn, @QueryParam("asOf") String asOf) {
        School school = schools.require(urn);
        LocalDate date = CaseworkQuery.optionalDate("asOf", asOf).orElse(LocalDate.now(clock));
        return WorklistView.of(date, casework.worklist(school, date));
    }
}
