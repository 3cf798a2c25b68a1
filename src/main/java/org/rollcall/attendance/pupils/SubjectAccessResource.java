package org.rollcall.attendance.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.rollcall.attendance.Pupil;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.PupilLevel;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/** {@code GET /api/schools/{urn}/pupils/{upn}/export}: the subject access ZIP; the export is audited as EXPORTED. */
@Path("schools/{urn}/pupils/{upn}/export")
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SubjectAccessResource {
    @Inject
    SchoolService schools;

    @Inject
    PupilQuery pupils;

    @Inject
    SubjectAccessExport export;

    @GET
    @PupilLevel("EXPORTED")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("urn") String urn, @PathParam("upn") String upn) {
        School school = schools.require(urn);
        Pupil pupil = pupils.one(school, upn.toUpperCase(Locale.ROOT))
                .orElseThrow(
                        () -> ProblemException.notFound("No pupil with UPN " + upn + " at school " + school.getUrn()));
        return Response.ok(export.zip(pupil), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + pupil.getUpn() + ".zip\"")
                .build();
    }
}
