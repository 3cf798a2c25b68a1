package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/** {@code GET /api/runs/{id}}: how a run went, with its documents and emails; {@code /documents} lists them, paged. */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class RunResource {

    @Inject
    RunRepository runs;

    @Inject
    RunViews views;

    /** One document of a run's list: what it is, whom it is about, and how to check its bytes. */
    public record DocumentItem(
            long id, String kind, String upn, String form, String yearGroup, String sha256, long size) {}

    public record DocumentPage(long total, int page, int size, List<DocumentItem> items) {}

    @GET
    @Path("{id}")
    public RunViews.RunView get(@PathParam("id") long id) {
        return views.of(runs.find(id).orElseThrow(() -> ProblemException.notFound("No run " + id)));
    }

    /** {@code GET /api/runs/{id}/documents?page=&size=}: the run's documents, paged (page from 0, size 1 to 500). */
    @GET
    @Path("{id}/documents")
    public DocumentPage documents(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("100") String sizeText) {
        int page = number("page", pageText, 0, Integer.MAX_VALUE);
        int size = number("size", sizeText, 1, 500);
        ReportRun run = runs.find(id).orElseThrow(() -> ProblemException.notFound("No run " + id));
        long total = runs.documentCounts(run.getId()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        List<DocumentItem> items = runs.documents(id, page, size).stream()
                .map(d -> new DocumentItem(
                        d.getId(),
                        d.getKind(),
                        d.subject().upn().orElse(null),
                        d.subject().form().orElse(null),
                        d.subject().yearGroup().orElse(null),
                        d.getSha256(),
                        d.getSizeBytes()))
                .toList();
        return new DocumentPage(total, page, size, items);
    }

    private static int number(String name, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(
                400,
                "Bad request",
                "The query parameter '" + name + "' must be a whole number from " + min + " to " + max,
                List.of(Problem.FieldError.of(name, text, "not a number from " + min + " to " + max)));
    }
}
