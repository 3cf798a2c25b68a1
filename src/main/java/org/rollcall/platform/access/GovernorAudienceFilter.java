package org.rollcall.platform.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import org.rollcall.platform.Roles;

/**
 * A governor's request always carries {@code audience=governors}, whatever the governor asked for, so
 * every figure that honours the audience (groups under 5 pupils and give-aways suppressed) is the
 * governors' version. Done before matching, where the request URI may still be changed.
 */
@Provider
@PreMatching
public class GovernorAudienceFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null
                || !security.isUserInRole(Roles.GOVERNOR)
                || security.isUserInRole(Roles.ADMIN)
                || security.isUserInRole(Roles.ATTENDANCE_LEAD)
                || security.isUserInRole(Roles.HEADTEACHER)
                || security.isUserInRole(Roles.TUTOR)) {
            return;
        }
        request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQueryParam("audience", "governors")
                .build());
    }
}
