package org.rollcall.platform.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.rollcall.delivery.AuditEvent;
import org.rollcall.delivery.AuditLog;

/**
 * Writes every successful call of a {@link PupilLevel} endpoint to the audit trail: who, which school,
 * which pupil (the {@code upn} path parameter, when there is one), the method and path, and (by
 * {@link AuditLog}) the address. A new pupil-level endpoint is audited by carrying the annotation.
 */
@Provider
public class PupilReadRecorder implements ContainerResponseFilter {
    @Context
    ResourceInfo resource;

    @Inject
    AuditLog audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<PupilLevel> level = annotation(resource);
        if (level.isEmpty()
                || response.getStatus() >= 300
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        var params = request.getUriInfo().getPathParameters();
        audit.record(AuditEvent.of(
                        request.getSecurityContext().getUserPrincipal().getName(),
                        level.get().value(),
                        request.getMethod() + " /"
                                + request.getUriInfo().getPath().replaceFirst("^/", ""))
                .school(params.getFirst("urn"))
                .pupil(params.getFirst("upn")));
    }

    static Optional<PupilLevel> annotation(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        PupilLevel onMethod = resource.getResourceMethod().getAnnotation(PupilLevel.class);
        return Optional.ofNullable(
                onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(PupilLevel.class));
    }
}
