package org.rollcall.runs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;
import org.rollcall.school.SchoolService;

/**
 * {@code GET /api/runs}: the run history; {@code GET /api/runs/{id}}: how a run went, with its documents
 * and emails; {@code /documents} lists them, paged; {@code POST /restart} resumes it.
 */
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

    @Inject
    RunRestarts restarts;

    @Inject
    CallerGrants caller;

    @Inject
    SchoolService schools;

    /**
     * {@code GET /api/runs?urn=&kind=&status=&page=&size=}: the run history of the caller's schools,
     * newest first (page from 0, size 1 to 100, default 20). Another school's URN is the same 404 as an
     * unknown one.
     */
    @GET
    public RunViews.RunListPage list(
            @QueryParam("urn") String urn,
            @QueryParam("kind") String kindText,
            @QueryParam("status") String statusText,
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("20") String sizeText) {
        int page = number("page", pageText, 0, Integer.MAX_VALUE);
        int size = number("size", sizeText, 1, 100);
        Optional<String> school = Optional.ofNullable(urn).map(String::trim).filter(u -> !u.isEmpty());
        Grants grants = caller.grants();
        school.filter(u -> !grants.inSchool(u)).ifPresent(u -> {
            throw ProblemException.notFound("No school with URN " + u);
        });
        school.ifPresent(schools::require);
        RunRepository.RunPage found = runs.page(
                new RunRepository.RunFilter(
                        school,
                        choice("kind", kindText, RunKind.class),
                        choice("status", statusText, RunStatus.class),
                        grants.admin() ? Optional.empty() : Optional.of(grants.schools())),
                page,
                size);
        return new RunViews.RunListPage(
                found.total(),
                page,
                size,
                found.runs().stream().map(views::summary).toList());
    }

    /** {@code POST /api/runs/{id}/restart}: resumes a FAILED or interrupted run from its last checkpoint (202). */
    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(views.of(restarts.restart(id))).build();
    }

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

    private static <E extends Enum<E>> Optional<E> choice(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "The query parameter '" + name + "' must be one of " + List.of(type.getEnumConstants()),
                    List.of(Problem.FieldError.of(name, text, "use one of " + List.of(type.getEnumConstants()))));
        }
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
