package org.rollcall.casework.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.rollcall.delivery.MailSender;
import org.rollcall.platform.Roles;
import org.rollcall.school.SchoolService;

/**
 * {@code POST /api/schools/{urn}/pupils/{upn}/letters} with {@code {"type":"STAGE_1_LETTER"}} (also
 * {@code STAGE_2_LETTER}, {@code STAGE_3_LETTER}, {@code NOTICE_TO_IMPROVE} with an optional
 * {@code improvementPeriodEnds}; optional {@code asOf} for the figures, default today).
 */
@Path("schools/{urn}/pupils/{upn}/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class PupilLetterResource {

    @Inject
    SchoolService schools;

    @Inject
    LetterService letters;

    @Inject
    MailSender sender;

    @POST
    public Response send(
            @PathParam("urn") String urn,
            @PathParam("upn") String upn,
            @NotNull JsonObject body,
            @Context SecurityContext security) {
        var sent = letters.send(
                schools.require(urn),
                upn.toUpperCase(Locale.ROOT),
                body,
                security.getUserPrincipal().getName());
        sender.sendSoon(); // after the commit, so the outbox sees the new mail
        return Response.status(Response.Status.CREATED)
                .entity(LetterView.Result.of(sent))
                .build();
    }
}
