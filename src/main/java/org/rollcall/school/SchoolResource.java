package org.rollcall.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;

/** {@code /api/schools}: create and update schools, their governors and their calendar. */
@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SchoolResource {

    public record SchoolRequest(@NotBlank @Size(max = 200) String name, @NotBlank String phase) {
    }

    public record SchoolView(String urn, String name, Phase phase) {
        static SchoolView of(School s) {
            return new SchoolView(s.getUrn(), s.getName(), s.getPhase());
        }
    }

    public record GovernorEntry(@NotBlank @Size(max = 200) String name, @NotBlank @Email String email) {
    }

    @Inject
    SchoolService schools;

    @Inject
    CallerGrants caller;

    /** Only the caller's schools (an admin's: all). */
    @GET
    public List<SchoolView> list() {
        Grants grants = caller.grants();
        return schools.all().stream().filter(s -> grants.inSchool(s.getUrn())).map(SchoolView::of).toList();
    }

    @GET
    @Path("{urn}")
    public SchoolView get(@PathParam("urn") String urn) {
        return SchoolView.of(schools.require(urn));
    }

    @PUT
    @Path("{urn}")
    public SchoolView put(@PathParam("urn") String urn, @NotNull @Valid SchoolRequest request) {
        return SchoolView.of(schools.createOrUpdate(urn(urn), request.name(), request.phase()));
    }

    @GET
    @Path("{urn}/governors")
    public List<GovernorEntry> governors(@PathParam("urn") String urn) {
        return schools.governors(urn).stream().map(g -> new GovernorEntry(g.getName(), g.getEmail())).toList();
    }

    @PUT
    @Path("{urn}/governors")
    public List<GovernorEntry> putGovernors(@PathParam("urn") String urn, @NotNull List<@Valid GovernorEntry> governors) {
        schools.replaceGovernors(urn, governors.stream().map(g -> new GovernorContact(g.name(), g.email())).toList());
        return governors(urn);
    }

    @GET
    @Path("{urn}/calendar")
    public CalendarDocument calendar(@PathParam("urn") String urn) {
        return schools.calendar(urn);
    }

    @PUT
    @Path("{urn}/calendar")
    public CalendarDocument putCalendar(@PathParam("urn") String urn, @NotNull @Valid CalendarDocument calendar) {
        schools.replaceCalendar(urn, calendar);
        return schools.calendar(urn);
    }

    private static Urn urn(String text) {
        return Urn.parse(text).orElseThrow(() -> new ProblemException(400, "Bad request",
                "A URN is the school's 5 to 8 digit DfE unique reference number",
                List.of(Problem.FieldError.of("urn", text, "not a URN"))));
    }
}
