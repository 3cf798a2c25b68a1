package org.rollcall.evaluation.audit;

import jakarta.ws.rs.core.SecurityContext;
import org.rollcall.platform.Roles;

/**
 * Who is calling: their login, whether they lead audits (admin or attendance lead), and whether
 * they are the headteacher (who reads every response once scoring is closed).
 */
public record Caller(String username, boolean lead, boolean headteacher) {

    public static Caller of(SecurityContext security) {
        return new Caller(
                security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.ADMIN) || security.isUserInRole(Roles.ATTENDANCE_LEAD),
                security.isUserInRole(Roles.HEADTEACHER));
    }
}
