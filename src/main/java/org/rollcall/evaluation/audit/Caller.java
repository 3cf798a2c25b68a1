package org.rollcall.evaluation.audit;

import jakarta.ws.rs.core.SecurityContext;
import org.rollcall.platform.Roles;

/** Who is calling: their login, and whether they lead audits (admin or attendance lead). */
public record Caller(String username, boolean lead) {

    public static Caller of(SecurityContext security) {
        return new Caller(security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.ATTENDANCE_LEAD));
    }
}
