package org.rollcall.attendance.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.PupilLevel;

/**
 * {@code GET /api/schools/{urn}/imports}: the school's imports, newest first, applied and refused;
 * {@code GET .../imports/{id}/changes}: the marks that import changed, with old and new code.
 */
@Path("schools/{urn}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class ImportHistoryResource {

    public record ImportView(
            long id,
            String kind,
            String file,
            String sha256,
            String source,
            String status,
            int rows,
            int added,
            int changed,
            int unchanged,
            int errors,
            String summary,
            LocalDateTime started,
            LocalDateTime finished,
            String importedBy) {
        static ImportView of(ImportRecord r) {
            return new ImportView(
                    r.getId(),
                    r.getKind().name(),
                    r.getFileName(),
                    r.getSha256(),
                    r.getSource(),
                    r.getStatus().name(),
                    r.getRowsRead(),
                    r.getAdded(),
                    r.getChanged(),
                    r.getUnchanged(),
                    r.getErrorCount(),
                    r.getSummary(),
                    r.getStartedAt(),
                    r.getFinishedAt(),
                    r.getImportedBy());
        }
    }

    public record MarkChangeView(
            String upn,
            java.time.LocalDate date,
            String session,
            String oldCode,
            String newCode,
            LocalDateTime changedAt) {
        static MarkChangeView of(MarkChange c) {
            return new MarkChangeView(c.upn(), c.date(), c.session(), c.oldCode(), c.newCode(), c.changedAt());
        }
    }

    @Inject
    ImportService imports;

    @GET
    @Path("{id}/changes")
    @PupilLevel
    public List<MarkChangeView> changes(@PathParam("urn") String urn, @PathParam("id") long id) {
        return imports.changes(urn, id).stream().map(MarkChangeView::of).toList();
    }

    @GET
    public List<ImportView> list(@PathParam("urn") String urn, @QueryParam("limit") @DefaultValue("100") int limit) {
        return imports.history(urn, Math.max(1, Math.min(limit, 1000))).stream()
                .map(ImportView::of)
                .toList();
    }
}
