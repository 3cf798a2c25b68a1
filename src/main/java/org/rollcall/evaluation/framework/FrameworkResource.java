package org.rollcall.evaluation.framework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.evaluation.NotFound;
import org.rollcall.platform.Roles;

/** {@code /api/frameworks}: the self-evaluation frameworks, their versions and (for one) headings and items in order. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR})
@Transactional
public class FrameworkResource {

    @Inject
    FrameworkRepository frameworks;

    @GET
    public List<FrameworkViews.Summary> list() {
        return frameworks.all().stream().map(FrameworkViews.Summary::of).toList();
    }

    @GET
    @Path("{id}")
    public FrameworkViews.Detail get(@PathParam("id") long id) {
        return FrameworkViews.Detail.of(frameworks.find(id).orElseThrow(() -> NotFound.framework(id)));
    }
}
