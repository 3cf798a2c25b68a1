package org.rollcall.delivery.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;

/**
 * {@code POST /api/archive/verify} re-hashes the archive's files and {@code POST /api/archive/erase-expired}
 * runs the nightly erasure now, for the caller's schools ({@code ?urn=} narrows to one): an admin's
 * covers every school, and only an admin's whole-archive verify lists orphan files.
 */
@Path("archive")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class ArchiveResource {
    @Inject
    ArchiveVerifier verifier;

    @Inject
    ArchiveErasure erasure;

    @Inject
    CallerGrants caller;

    public record FaultView(long id, String kind, String urn, String sha256, String found) {
        static FaultView of(ArchiveVerifier.Fault f) {
            return new FaultView(
                    f.id(), f.kind(), f.urn(), f.sha256(), f.found().orElse(null));
        }
    }

    public record VerifyView(
            int checked, int ok, List<FaultView> missing, List<FaultView> changed, List<String> orphans) {}

    public record ErasedView(long id, String kind, String urn, LocalDateTime created, String reason) {}

    public record ErasureView(int erased, int filesDeleted, List<ErasedView> documents) {}

    @POST
    @Path("verify")
    public VerifyView verify(@QueryParam("urn") String urn) {
        Set<String> schools = scope(urn);
        ArchiveVerifier.Result r = verifier.verify(schools, schools.isEmpty());
        return new VerifyView(
                r.checked(),
                r.ok(),
                r.missing().stream().map(FaultView::of).toList(),
                r.changed().stream().map(FaultView::of).toList(),
                r.orphans());
    }

    @POST
    @Path("erase-expired")
    public ErasureView eraseExpired(@QueryParam("urn") String urn) {
        ArchiveErasure.Report report = erasure.eraseExpired(caller.grants().username(), scope(urn));
        List<ErasedView> documents = report.erased().stream()
                .map(e -> new ErasedView(
                        e.document().id(),
                        e.document().kind(),
                        e.document().urn(),
                        e.document().createdAt(),
                        e.reason()))
                .toList();
        return new ErasureView(documents.size(), report.filesDeleted(), documents);
    }

    /** Empty: every school (an admin without {@code urn}). Another school reads as an unknown one. */
    private Set<String> scope(String urn) {
        Grants grants = caller.grants();
        Optional<String> one = Optional.ofNullable(urn).map(String::trim).filter(u -> !u.isEmpty());
        if (one.isPresent() && !grants.inSchool(one.get())) {
            throw ProblemException.notFound("No school with URN " + one.get());
        }
        if (one.isPresent()) {
            return Set.of(one.get());
        }
        // a lead with no school at all must not fall through to "every school"
        return grants.admin() ? Set.of() : grants.schools().isEmpty() ? Set.of("-") : grants.schools();
    }
}
