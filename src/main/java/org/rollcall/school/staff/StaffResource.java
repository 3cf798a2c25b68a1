package org.rollcall.school.staff;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** {@code /api/schools/{urn}/staff}: the staff who receive staff data, replaced whole by a PUT. */
@Path("schools/{urn}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class StaffResource {

    /** @param yearGroups numbers ({@code 7}) or text for the year groups that are not ({@code "R"}) */
    public record StaffEntry(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 100) String username,
            List<@NotBlank @Size(max = 20) String> forms,
            List<Object> yearGroups) {}

    @Inject
    SchoolService schools;

    @Inject
    StaffStore staff;

    @GET
    public List<StaffEntry> list(@PathParam("urn") String urn) {
        return staff.of(school(urn)).stream()
                .map(s -> new StaffEntry(
                        s.getName(),
                        s.getEmail(),
                        s.getUsername().orElse(null),
                        s.forms(),
                        s.yearGroups().stream().map(YearGroupText::json).toList()))
                .toList();
    }

    @PUT
    public List<StaffEntry> replace(@PathParam("urn") String urn, @NotNull List<@Valid @NotNull StaffEntry> entries) {
        School school = school(urn);
        staff.replace(school, members(school, entries));
        return list(urn);
    }

    private static List<StaffMember> members(School school, List<StaffEntry> entries) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        List<StaffMember> members = new ArrayList<>();
        for (StaffEntry e : entries) {
            if (!emails.add(e.email().trim().toLowerCase(Locale.ROOT))) {
                errors.add(Problem.FieldError.of("email", e.email(), "listed twice: one entry per person"));
            }
            List<String> years = YearGroupText.parse("yearGroups", e.yearGroups(), errors);
            List<String> forms = e.forms() == null
                    ? List.of()
                    : e.forms().stream().map(String::trim).distinct().toList();
            members.add(new StaffMember(
                    school,
                    e.name().trim(),
                    e.email().trim(),
                    Optional.ofNullable(e.username()).map(String::trim).filter(u -> !u.isEmpty()),
                    forms,
                    years.stream().distinct().toList()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The staff list was not changed: " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s"),
                    errors);
        }
        return members;
    }

    private School school(String urn) {
        return schools.require(urn);
    }
}
