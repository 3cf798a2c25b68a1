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
import java.util.Map;
import java.util.Optional;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.DocumentAudience;

/**
 * {@code GET /api/documents} lists the archive; {@code GET /api/documents/{id}} downloads a PDF. Both
 * show only what the caller may download ({@link DocumentAudience}): any other document is the same
 * 404 as one that does not exist. An erased document leaves the list and answers 410 with when and why.
 */
@Path("documents")
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER, Roles.GOVERNOR, Roles.TUTOR})
public class DocumentResource {

    public record DocumentView(
            long id,
            String urn,
            String school,
            String kind,
            String title,
            String term,
            LocalDate from,
            LocalDate to,
            LocalDateTime created,
            String createdBy,
            long size,
            String sha256,
            String contentType,
            String fileName,
            String form,
            String yearGroup) {
        /** @param made the form or year group the document was made for (staff data, printouts), for the page's filter */
        static DocumentView of(Document d, DocumentArchive.MadeFor made) {
            return new DocumentView(
                    d.getId(),
                    d.getSchool().getUrn(),
                    d.getSchool().getName(),
                    d.getKind(),
                    d.getTitle(),
                    d.getTermLabel(),
                    d.getPeriodFrom(),
                    d.getPeriodTo(),
                    d.getCreatedAt(),
                    d.getCreatedBy(),
                    d.getSizeBytes(),
                    d.getSha256(),
                    d.getContentType(),
                    d.fileName(),
                    made.form().orElse(null),
                    made.yearGroup().orElse(null));
        }
    }

    @Inject
    DocumentArchive archive;

    @Inject
    AuditLog audit;

    @Inject
    CallerGrants caller;

    private List<Document> readable(List<Document> documents) {
        Map<Long, DocumentArchive.MadeFor> madeFor = archive.madeFor(documents);
        return documents.stream()
                .filter(d -> {
                    DocumentArchive.MadeFor made = madeFor.getOrDefault(d.getId(), DocumentArchive.MadeFor.NOBODY);
                    return DocumentAudience.mayRead(
                            caller.grants(),
                            caller.staffGroups(),
                            d.getKind(),
                            d.getSchool().getUrn(),
                            made.form(),
                            made.yearGroup());
                })
                .toList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DocumentView> list(@QueryParam("urn") String urn) {
        List<Document> documents =
                readable(archive.list(Optional.ofNullable(urn).filter(u -> !u.isBlank())));
        Map<Long, DocumentArchive.MadeFor> madeFor = archive.madeFor(documents);
        return documents.stream()
                .map(d -> DocumentView.of(d, madeFor.getOrDefault(d.getId(), DocumentArchive.MadeFor.NOBODY)))
                .toList();
    }

    @GET
    @Path("{id}")
    @Produces({DocumentArchive.PDF, MediaType.APPLICATION_JSON})
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        Document document = archive.find(id)
                .filter(d -> !readable(List.of(d)).isEmpty())
                .orElseThrow(() -> ProblemException.notFound("No document " + id));
        Optional<DocumentErasure> erased = archive.erasure(id);
        if (erased.isPresent()) {
            return ErasedProblem.response(document, erased.get());
        }
        byte[] pdf = archive.content(document);
        audit.record(AuditEvent.of(
                        security.getUserPrincipal().getName(), "DOWNLOADED", document.getKind() + " document " + id)
                .school(document.getSchool().getUrn()));
        return Response.ok(pdf, document.getContentType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .header("X-Content-SHA256", document.getSha256())
                .build();
    }
}
