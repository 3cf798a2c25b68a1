package org.rollcall.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code GET /api/documents} lists the archive; {@code GET /api/documents/{id}} downloads a PDF. */
@Path("documents")
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class DocumentResource {

    public record DocumentView(long id, String urn, String school, String kind, String title, String term,
                               LocalDate from, LocalDate to, LocalDateTime created, String createdBy,
                               long size, String sha256, String contentType, String fileName) {
        static DocumentView of(Document d) {
            return new DocumentView(d.getId(), d.getSchool().getUrn(), d.getSchool().getName(), d.getKind(), d.getTitle(),
                    d.getTermLabel(), d.getPeriodFrom(), d.getPeriodTo(), d.getCreatedAt(), d.getCreatedBy(),
                    d.getSizeBytes(), d.getSha256(), d.getContentType(), d.fileName());
        }
    }

    @Inject
    DocumentArchive archive;

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentView> list(@QueryParam("urn") String urn) {
        return archive.list(Optional.ofNullable(urn).filter(u -> !u.isBlank())).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces({DocumentArchive.PDF, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        Document document = archive.find(id).orElseThrow(() -> ProblemException.notFound("No document " + id));
        byte[] pdf = archive.content(document);
        audit.record(security.getUserPrincipal().getName(), "DOWNLOADED", "document " + id);
        return Response.ok(pdf, DocumentArchive.PDF)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-SHA256", document.getSha256())
                .build();
    }
}
