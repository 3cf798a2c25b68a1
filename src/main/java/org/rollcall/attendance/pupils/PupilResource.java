package org.rollcall.attendance.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.importing.ImportKind;
import org.rollcall.attendance.importing.ImportResource;
import org.rollcall.attendance.importing.ImportResult;
import org.rollcall.attendance.importing.ImportService;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/pupils}: POST a pupils CSV; GET the roll (paged, filtered by year, form
 * and characteristic); GET one pupil with spells and contacts; GET a pupil's register by week.
 */
@Path("schools/{urn}/pupils")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.TUTOR})
public class PupilResource {
    @Inject
    CallerGrants caller;

    @Inject
    SchoolService schools;

    @Inject
    SchoolRepository calendars;

    @Inject
    PupilQuery pupils;

    @Inject
    WeeklyRegister registers;

    @Inject
    ImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
    public ImportResult importCsv(
            @PathParam("urn") String urn,
            @HeaderParam("Content-Disposition") String disposition,
            InputStream body,
            @Context SecurityContext security) {
        return imports.run(
                urn,
                ImportKind.PUPILS,
                ImportResource.fileName(disposition, "pupils.csv"),
                body,
                security.getUserPrincipal().getName(),
                ImportService.FROM_API);
    }

    @GET
    @PupilLevel("ROLL_READ")
    public PupilQuery.Page list(
            @PathParam("urn") String urn,
            @QueryParam("year") String year,
            @QueryParam("form") String form,
            @QueryParam("fsm") String fsm,
            @QueryParam("disadvantaged") String disadvantaged,
            @QueryParam("sen") String sen,
            @QueryParam("eal") String eal,
            @QueryParam("ethnicity") String ethnicity,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || size < 1 || size > 500) {
            throw ProblemException.badRequest("page starts at 1; size is 1 to 500");
        }
        PupilQuery.Filter filter = new PupilQuery.Filter(
                text(year),
                text(form),
                yesNo("fsm", fsm),
                yesNo("disadvantaged", disadvantaged),
                text(sen).map(s -> s.toUpperCase(Locale.ROOT)),
                yesNo("eal", eal),
                text(ethnicity));
        Grants grants = caller.grants();
        Optional<PupilQuery.Reach> reach = grants.wholeSchool()
                ? Optional.empty()
                : Optional.of(new PupilQuery.Reach(grants.forms(), grants.yearGroups()));
        return pupils.find(schools.require(urn), filter, reach, page, size);
    }

    @GET
    @Path("{upn}")
    @PupilLevel
    public PupilView one(@PathParam("urn") String urn, @PathParam("upn") String upn) {
        Pupil pupil = pupil(schools.require(urn), upn);
        return PupilView.full(pupil, pupils.contacts(pupil));
    }

    @GET
    @Path("{upn}/register")
    @PupilLevel
    public WeeklyRegister.Register register(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        School school = schools.require(urn);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
            throw ProblemException.badRequest("The window must run forwards and be at most a year long");
        }
        return registers.of(pupil(school, upn), start, end, calendars.calendar(school));
    }

    private Pupil pupil(School school, String upn) {
        return pupils.one(school, upn.toUpperCase(Locale.ROOT))
                .orElseThrow(
                        () -> ProblemException.notFound("No pupil with UPN " + upn + " at school " + school.getUrn()));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<Boolean> yesNo(String name, String value) {
        return text(value).map(v -> switch (v.toUpperCase(Locale.ROOT)) {
            case "Y", "TRUE" -> true;
            case "N", "FALSE" -> false;
            default -> throw ProblemException.badRequest("The filter '" + name + "' takes Y or N, not " + v);
        });
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The query parameter '" + name + "' must be a date YYYY-MM-DD");
        }
    }
}
