package org.rollcall.platform.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.rollcall.platform.ProblemException;

/**
 * The scope check of every endpoint, after {@code @RolesAllowed} has let the role in. A school outside
 * the caller's grants gets the very problem an unknown school gets ("No school with URN ..."), so a
 * caller cannot tell another school's data exists; the same for rounds, runs and, for tutors, pupils
 * outside their forms and year groups. Only an unknown id is left to the resource's own 404.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ScopeFilter implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Inject
    CallerGrants caller;

    @Inject
    ScopeLookup lookup;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null || resource.getResourceMethod() == null) {
            return;
        }
        Grants grants = caller.grants();
        MultivaluedMap<String, String> params = request.getUriInfo().getPathParameters();
        checkOwnedById(grants, params);
        String urn = params.getFirst("urn");
        if (urn != null && !grants.inSchool(urn)) {
            throw ProblemException.notFound("No school with URN " + urn);
        }
        if (pupilLevel().isPresent()) {
            checkPupil(grants, urn, params.getFirst("upn"));
        }
    }

    private void checkPupil(Grants grants, String urn, String upn) {
        if (grants.governorOnly()) {
            throw new ForbiddenException("Governors see aggregate figures only");
        }
        if (urn == null || upn == null || grants.wholeSchool()) {
            return;
        }
        lookup.placement(urn, upn)
                .filter(p -> !grants.mayReadPupil(p.form(), p.yearGroup()))
                .ifPresent(p -> {
                    throw ProblemException.notFound("No pupil with UPN " + upn + " at school " + urn);
                });
    }

    /** Rounds ({@code /audits/{id}...}) and runs ({@code /runs/{id}...}) belong to the school that owns them. */
    private void checkOwnedById(Grants grants, MultivaluedMap<String, String> params) {
        String id = params.getFirst("id");
        Path path = resource.getResourceClass().getAnnotation(Path.class);
        if (id == null
                || path == null
                || grants.admin()
                || !id.chars().allMatch(Character::isDigit)
                || id.length() > 18) {
            return;
        }
        if (path.value().startsWith("audits")) {
            lookup.schoolOfRound(Long.parseLong(id))
                    .filter(urn -> !grants.inSchool(urn))
                    .ifPresent(urn -> {
                        throw ProblemException.notFound("No audit round " + id);
                    });
        } else if (path.value().startsWith("runs")) {
            lookup.schoolOfRun(Long.parseLong(id))
                    .filter(urn -> !grants.inSchool(urn))
                    .ifPresent(urn -> {
                        throw ProblemException.notFound("No run " + id);
                    });
        }
    }

    private Optional<PupilLevel> pupilLevel() {
        return PupilReadRecorder.annotation(resource);
    }
}
