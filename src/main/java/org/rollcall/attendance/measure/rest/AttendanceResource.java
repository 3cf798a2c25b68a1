package org.rollcall.attendance.measure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.AttendanceService;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.attendance.statistics.population.Trends;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/attendance}: a school's figures for a window ({@code from}, {@code to},
 * both inclusive), by pupil group, against last year, national figures and its targets, as a
 * trend, PA movement and the bottom 10%. The school's targets and band limits are
 * {@link org.rollcall.attendance.policy.SchoolPolicyResource}'s.
 */
@Path("schools/{urn}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class AttendanceResource {

    @Inject
    SchoolService schools;

    @Inject
    AttendanceService attendance;

    @GET
    public JsonObject summary(
            @PathParam("urn") String urn, @QueryParam("from") String from, @QueryParam("to") String to) {
        School school = schools.require(urn);
        DateWindow window = QueryWindow.of(from, to);
        PopulationAnalysis analysis = attendance.analyse(school, window, Audience.STAFF);
        return FiguresJson.addFigures(
                        FiguresJson.addWindow(Json.createObjectBuilder().add("urn", urn), window)
                                .add("population", AttendanceService.POPULATION),
                        analysis.summary())
                .add("yearGroups", FiguresJson.groups(analysis.byGroup(GroupBy.YEAR)))
                .build();
    }

    @GET
    @Path("groups")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
    public JsonArray groups(
            @PathParam("urn") String urn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by,
            @QueryParam("audience") @DefaultValue("staff") String audience) {
        School school = schools.require(urn);
        DateWindow window = QueryWindow.of(from, to);
        GroupBy groupBy = groupBy(by);
        return FiguresJson.groups(
                        attendance.analyse(school, window, audience(audience)).byGroup(groupBy))
                .build();
    }

    @GET
    @Path("comparisons")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
    public JsonObject comparisons(
            @PathParam("urn") String urn, @QueryParam("from") String from, @QueryParam("to") String to) {
        School school = schools.require(urn);
        return AssessmentJson.comparisons(attendance.compare(school, QueryWindow.of(from, to)));
    }

    @GET
    @Path("trend")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR})
    public JsonObject trend(
            @PathParam("urn") String urn, @QueryParam("from") String from, @QueryParam("to") String to) {
        School school = schools.require(urn);
        DateWindow window = QueryWindow.of(from, to);
        Trends trends = attendance.trends(school, window);
        return FiguresJson.addWindow(Json.createObjectBuilder(), window)
                .add("weekly", FiguresJson.trend(trends.weekly()))
                .add("dayOfWeek", FiguresJson.trend(trends.dayOfWeek()))
                .build();
    }

    /** PA movement from an earlier window ({@code earlierFrom}, {@code earlierTo}) to a later one ({@code from}, {@code to}). */
    @GET
    @Path("pa-movement")
    @PupilLevel
    public JsonObject movement(
            @PathParam("urn") String urn,
            @QueryParam("earlierFrom") String earlierFrom,
            @QueryParam("earlierTo") String earlierTo,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        School school = schools.require(urn);
        DateWindow earlier = QueryWindow.of("earlierFrom", earlierFrom, "earlierTo", earlierTo);
        return AssessmentJson.movement(attendance.movement(school, earlier, QueryWindow.of(from, to)));
    }

    @GET
    @Path("bottom")
    @PupilLevel
    public JsonArray bottom(
            @PathParam("urn") String urn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("percent") @DefaultValue("10") int percent) {
        School school = schools.require(urn);
        DateWindow window = QueryWindow.of(from, to);
        if (percent < 1 || percent > 100) {
            throw ProblemException.badRequest("percent must be a whole number from 1 to 100, not " + percent);
        }
        return AssessmentJson.bottom(attendance.bottom(school, window, percent)).build();
    }

    static GroupBy groupBy(String by) {
        if (by == null || by.isBlank()) {
            throw ProblemException.badRequest("The query parameter 'by' is required: one of " + groupParameters());
        }
        return GroupBy.fromParameter(by)
                .orElseThrow(() ->
                        ProblemException.badRequest("Cannot group by '" + by + "': use one of " + groupParameters()));
    }

    private static String groupParameters() {
        return Arrays.stream(GroupBy.values()).map(GroupBy::parameter).collect(Collectors.joining(", "));
    }

    private static Audience audience(String audience) {
        return switch (audience.trim().toLowerCase(Locale.ROOT)) {
            case "staff" -> Audience.STAFF;
            case "governors" -> Audience.GOVERNORS;
            default -> throw ProblemException.badRequest(
                    "audience must be 'staff' or 'governors', not '" + audience + "'");
        };
    }
}
