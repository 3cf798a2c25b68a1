package org.rollcall.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.rollcall.platform.Roles;
import org.rollcall.school.SchoolService;

/**
 * {@code POST /api/schedule/check[?urn=]}: look at every school's schedule (or one school's) now,
 * as the five-minute timer does. Admin only.
 */
@Path("schedule/check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ScheduleCheckResource {
    /** @param started how many runs this server started (another server may have started others) */
    public record Checked(int started) {}

    @Inject
    TermScheduler scheduler;

    @Inject
    SchoolService schools;

    /** @param urn only this school, when given (a school outside the caller's is the 404 of an unknown one) */
    @POST
    public Checked check(@QueryParam("urn") String urn) {
        // the school is looked up here: a 404 thrown inside the timer bean would reach the client as a 500
        Optional<String> school = Optional.ofNullable(urn)
                .filter(u -> !u.isBlank())
                .map(u -> schools.require(u).getUrn());
        return new Checked(scheduler.checkNow(school));
    }
}
