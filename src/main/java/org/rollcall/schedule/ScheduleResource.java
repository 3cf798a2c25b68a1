package org.rollcall.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rollcall.platform.Roles;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code PUT /api/schools/{urn}/schedule} with {@code [{"kind","at","offsetSchoolDays","window","term"?}]}
 * replaces the school's term schedule; {@code GET} gives it with the next dates and windows each
 * entry gives from the school's calendar, and the runs the schedule has made.
 */
@Path("schools/{urn}/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class ScheduleResource {
    @Inject
    SchoolService schools;

    @Inject
    ScheduleStore store;

    @Inject
    ScheduledRunStore made;

    @Inject
    Clock clock;

    @GET
    public ScheduleViews.ScheduleView get(@PathParam("urn") String urn) {
        School school = schools.require(urn);
        return ScheduleViews.of(
                school.getUrn(),
                store.schedule(school),
                store.termDates(school),
                LocalDate.now(clock),
                made.forSchool(school.getId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleViews.ScheduleView put(
            @PathParam("urn") String urn, List<ScheduleValidator.Sent> sent, @Context SecurityContext security) {
        School school = schools.require(urn);
        List<ScheduleEntry> entries = ScheduleValidator.check(sent);
        store.replace(
                school,
                entries,
                StoredTime.now(clock),
                security.getUserPrincipal().getName());
        return get(urn);
    }
}
