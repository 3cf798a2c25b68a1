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
import org.rollcall.school.details.SchoolDetails;
import org.rollcall.school.details.SchoolDetailsStore;

/** {@code /api/schools}: create and update schools, their governors and their calendar. */
@Path("schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SchoolResource {

    /** {@code name} and {@code phase} as before; the details (issue 9) are optional and kept when absent. */
    public record SchoolRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String phase,
            @Size(max = 8) List<@NotNull @Size(max = 120) String> address,
            @Size(max = 40) String phone,
            @Email @Size(max = 320) String email,
            @Size(max = 300) String website,
            @Size(max = 200) String headteacher,
            @Valid SchoolDetailsJson.ChampionEntry attendanceChampion) {}

    public record SchoolView(
            String urn,
            String name,
            Phase phase,
            List<String> address,
            String phone,
            String email,
            String website,
            String headteacher,
            SchoolDetailsJson.ChampionEntry attendanceChampion) {
        static SchoolView of(School s, SchoolDetails d) {
            return new SchoolView(
                    s.getUrn(),
                    s.getName(),
                    s.getPhase(),
                    d.addressLines(),
                    d.phone().orElse(null),
                    d.email().orElse(null),
                    d.website().orElse(null),
                    d.headteacher().orElse(null),
                    SchoolDetailsJson.champion(d.champion()));
        }
    }

    public record GovernorEntry(@NotBlank @Size(max = 200) String name, @NotBlank @Email String email) {}

    @Inject
    SchoolService schools;

    @Inject
    SchoolDetailsStore details;

    @Inject
    CallerGrants caller;

    /** Only the caller's schools (an admin's: all). */
    @GET
    public List<SchoolView> list() {
        Grants grants = caller.grants();
        return schools.all().stream()
                .filter(s -> grants.inSchool(s.getUrn()))
                .map(s -> SchoolView.of(s, details.of(s)))
                .toList();
    }

    @GET
    @Path("{urn}")
    public SchoolView get(@PathParam("urn") String urn) {
        School school = schools.require(urn);
        return SchoolView.of(school, details.of(school));
    }

    @PUT
    @Path("{urn}")
    public SchoolView put(@PathParam("urn") String urn, @NotNull @Valid SchoolRequest request) {
        School school = schools.createOrUpdate(urn(urn), request.name(), request.phase());
        return SchoolView.of(school, details.change(school, SchoolDetailsJson.change(request)));
    }

    @GET
    @Path("{urn}/governors")
    public List<GovernorEntry> governors(@PathParam("urn") String urn) {
        return schools.governors(urn).stream()
                .map(g -> new GovernorEntry(g.getName(), g.getEmail()))
                .toList();
    }

    @PUT
    @Path("{urn}/governors")
    public List<GovernorEntry> putGovernors(
            @PathParam("urn") String urn, @NotNull List<@Valid GovernorEntry> governors) {
        schools.replaceGovernors(
                urn,
                governors.stream()
                        .map(g -> new GovernorContact(g.name(), g.email()))
                        .toList());
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
        return Urn.parse(text)
                .orElseThrow(() -> new ProblemException(
                        400,
                        "Bad request",
                        "A URN is the school's 5 to 8 digit DfE unique reference number",
                        List.of(Problem.FieldError.of("urn", text, "not a URN"))));
    }
}
