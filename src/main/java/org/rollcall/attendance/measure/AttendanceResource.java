package org.rollcall.attendance.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code GET /api/schools/{urn}/attendance?from=&to=}: the school's headline figures for a window. */
@Path("schools/{urn}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class AttendanceResource {
    @Inject
    AttendanceService attendance;

    @GET
    public AttendanceSummary summary(@PathParam("urn") String urn, @QueryParam("from") String from, @QueryParam("to") String to) {
        return attendance.summary(urn, date("from", from), date("to", to));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("The query parameter '" + name + "' is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The query parameter '" + name + "' is not a date YYYY-MM-DD: " + value);
        }
    }
}
