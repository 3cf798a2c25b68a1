package org.rollcall.casework.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.Roles;
import org.rollcall.school.SchoolService;

/** {@code GET /api/schools/{urn}/letters/print-file}: letters to print and post, each an archived document. */
@Path("schools/{urn}/letters/print-file")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class PrintFileResource {

    @Inject
    SchoolService schools;

    @Inject
    LetterRepository letters;

    @GET
    public List<LetterView.ToPrint> toPrint(@PathParam("urn") String urn) {
        return letters.toPrint(schools.require(urn)).stream()
                .map(LetterView.ToPrint::of)
                .toList();
    }
}
