package org.rollcall.attendance.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.Roles;

/** {@code POST /api/inbox/pull}: pull the inbox now rather than at the next minute. */
@Path("inbox/pull")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class InboxResource {
    @Inject
    InboxPull inbox;

    @POST
    public List<InboxPull.Outcome> pull() {
        return inbox.pull();
    }
}
