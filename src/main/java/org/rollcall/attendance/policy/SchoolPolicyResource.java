package org.rollcall.attendance.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.rollcall.attendance.statistics.comparison.SchoolTargets;
import org.rollcall.attendance.statistics.pupil.BandLimits;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/attendance/policy}, {@code .../targets}, {@code .../bands}: the school's
 * targets and band limits the figures are judged by (beside the figures' own paths).
 */
@Path("schools/{urn}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SchoolPolicyResource {

    public record TargetsRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                    BigDecimal attendance,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                    BigDecimal persistentAbsence) {}

    public record BandsRequest(
            @NotNull BigDecimal excellent,
            @NotNull BigDecimal earlyConcern,
            @NotNull BigDecimal atRisk,
            @NotNull BigDecimal persistentAbsence,
            @NotNull BigDecimal serious) {}

    @Inject
    SchoolService schools;

    @Inject
    SchoolPolicyStore policies;

    @GET
    @Path("policy")
    public JsonObject policy(@PathParam("urn") String urn) {
        return PolicyJson.policy(policies.of(schools.require(urn).getId()));
    }

    @PUT
    @Path("targets")
    public JsonObject putTargets(@PathParam("urn") String urn, @Valid @NotNull TargetsRequest request) {
        School school = schools.require(urn);
        policies.putTargets(school.getId(), new SchoolTargets(request.attendance(), request.persistentAbsence()));
        return PolicyJson.policy(policies.of(school.getId()));
    }

    @PUT
    @Path("bands")
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
    public JsonObject putBands(@PathParam("urn") String urn, @Valid @NotNull BandsRequest r) {
        School school = schools.require(urn);
        BandLimits limits;
        try {
            limits = new BandLimits(r.excellent(), r.earlyConcern(), r.atRisk(), r.persistentAbsence(), r.serious());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        policies.putBands(school.getId(), limits);
        return PolicyJson.policy(policies.of(school.getId()));
    }
}
