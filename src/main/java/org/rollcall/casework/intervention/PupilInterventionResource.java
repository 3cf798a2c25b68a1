package org.rollcall.casework.intervention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.SchoolService;

/**
 * {@code /api/schools/{urn}/pupils/{upn}/interventions}: record, correct and list one pupil's
 * interventions. Admins and attendance leads write; headteachers and the pupil's tutors read (a tutor's
 * other pupils are the 404 of an unknown one, and each read is audited: {@link PupilLevel}).
 */
@Path("schools/{urn}/pupils/{upn}/interventions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class PupilInterventionResource {

    @Inject
    SchoolService schools;

    @Inject
    InterventionService interventions;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.TUTOR})
    @PupilLevel
    public List<InterventionView> list(@PathParam("urn") String urn, @PathParam("upn") String upn) {
        return interventions.ofPupil(schools.require(urn), upn(upn)).stream()
                .map(InterventionView::of)
                .toList();
    }

    @POST
    public Response record(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @NotNull JsonObject body,
            @Context SecurityContext security,
            @Context UriInfo uri) {
        Intervention i = interventions.record(
                schools.require(urn),
                upn(upn),
                body,
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(i.getId()))
                        .build())
                .entity(InterventionView.of(i))
                .build();
    }

    @PATCH
    @Path("{id}")
    public InterventionView correct(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @PathParam("id") long id,
            @NotNull JsonObject body,
            @Context SecurityContext security) {
        return InterventionView.of(interventions.update(
                schools.require(urn),
                upn(upn),
                id,
                body,
                security.getUserPrincipal().getName()));
    }

    private static String upn(String upn) {
        return upn.toUpperCase(Locale.ROOT);
    }
}
