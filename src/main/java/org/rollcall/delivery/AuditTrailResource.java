package org.rollcall.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;

/**
 * {@code GET /api/audit?urn=&user=&upn=&from=&to=&page=&size=}: the trail, newest first. Admins see
 * everything; a school's lead and headteacher see the events of their schools only (an event of no
 * school, such as a change of users, is the admins').
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class AuditTrailResource {
    @Inject
    AuditTrail trail;

    @Inject
    CallerGrants caller;

    @GET
    public AuditTrail.Page find(
            @QueryParam("urn") String urn,
            @QueryParam("user") String user,
            @QueryParam("upn") String upn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || size < 1 || size > 500) {
            throw ProblemException.badRequest("page starts at 1; size is 1 to 500");
        }
        Grants grants = caller.grants();
        if (urn != null && !urn.isBlank() && !grants.inSchool(urn.trim())) {
            throw ProblemException.notFound("No school with URN " + urn.trim());
        }
        // a caller with no school at all must not fall through to "every school"
        Set<String> schools = grants.admin() ? Set.of() : grants.schools().isEmpty() ? Set.of("-") : grants.schools();
        return trail.find(
                new AuditTrail.Search(
                        text(urn),
                        text(user),
                        text(upn).map(String::toUpperCase),
                        date("from", from),
                        date("to", to),
                        schools),
                page,
                size);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Optional<LocalDate> date(String name, String value) {
        try {
            return text(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "The query parameter '" + name + "' must be a date YYYY-MM-DD",
                    java.util.List.of(
                            org.rollcall.platform.Problem.FieldError.of(name, value, "not a date YYYY-MM-DD")));
        }
    }
}
