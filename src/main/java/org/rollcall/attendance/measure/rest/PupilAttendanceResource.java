package org.rollcall.attendance.measure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.rollcall.attendance.Upn;
import org.rollcall.attendance.measure.PupilAttendanceService;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/pupils/{upn}/attendance}: one pupil's figures, band, track, flags and
 * target for a window; {@code /target} sets or removes the school's own target for a term.
 * (More literal path than the CSV import's {@code schools/{urn}/{file: pupils|marks}}, so this
 * class answers its own URLs.)
 */
@Path("schools/{urn}/pupils/{upn}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.TUTOR})
public class PupilAttendanceResource {

    /** @param termStart the first day of the term the target is for */
    public record TargetRequest(
            @NotNull LocalDate termStart,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                    BigDecimal target) {}

    @Inject
    SchoolService schools;

    @Inject
    PupilAttendanceService pupils;

    @GET
    @PupilLevel
    public JsonObject pupil(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        School school = schools.require(urn);
        DateWindow window = QueryWindow.of(from, to);
        return AssessmentJson.pupil(pupils.assess(school, upn(upn, school), window), pupils.term(school, window));
    }

    @PUT
    @Path("target")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
    public Response putTarget(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @Valid @NotNull TargetRequest request,
            @Context SecurityContext security) {
        School school = schools.require(urn);
        pupils.setTarget(
                school,
                upn(upn, school),
                request.termStart(),
                request.target(),
                security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @DELETE
    @Path("target")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
    public Response removeTarget(
            @PathParam("urn") String urn, @PathParam("upn") String upn, @QueryParam("termStart") String termStart) {
        School school = schools.require(urn);
        LocalDate start = QueryWindow.date("termStart", termStart);
        pupils.removeTarget(school, upn(upn, school), start);
        return Response.noContent().build();
    }

    /** Text that is not a UPN names no pupil: the same 404 as a UPN the school does not have. */
    private static Upn upn(String text, School school) {
        return Upn.parse(text).orElseThrow(() -> PupilAttendanceService.noPupil(text.toUpperCase(Locale.ROOT), school));
    }
}
