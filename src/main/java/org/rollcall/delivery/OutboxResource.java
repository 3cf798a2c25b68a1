package org.rollcall.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.access.CallerGrants;
import org.rollcall.platform.access.Grants;

/**
 * {@code GET /api/outbox?status=&runId=&page=&size=}: the outbox of the caller's schools, newest
 * first; {@code POST /api/outbox/retry}: try every pending message of those schools now.
 */
@Path("outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class OutboxResource {

    /** Times are UTC, as stored. */
    public record Item(
            long id,
            String urn,
            Long runId,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            LocalDateTime lastAttemptAt,
            LocalDateTime nextAttemptAt,
            LocalDateTime createdAt,
            LocalDateTime sentAt,
            LocalDateTime failedAt) {}

    public record PageView(long total, int page, int size, List<Item> items) {}

    public record Retry(int retrying, boolean smtpConfigured) {}

    @Inject
    OutboxQuery query;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    @Inject
    CallerGrants caller;

    @GET
    public PageView list(
            @QueryParam("status") String statusText,
            @QueryParam("runId") String runIdText,
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("50") String sizeText) {
        OutboxQuery.Filter filter =
                new OutboxQuery.Filter(status(statusText), runId(runIdText), schools(caller.grants()));
        int page = number("page", pageText, 0, Integer.MAX_VALUE);
        int size = number("size", sizeText, 1, 500);
        OutboxQuery.Page found = query.page(filter, page, size);
        return new PageView(
                found.total(),
                page,
                size,
                found.items().stream().map(OutboxResource::item).toList());
    }

    @POST
    @Path("retry")
    public Response retry() {
        int retrying = outbox.makeDueNow(schools(caller.grants()));
        sender.sendSoon(); // after the commit above, so the sender sees them due
        return Response.accepted(new Retry(retrying, SmtpSettings.configured())).build();
    }

    /** Empty for an admin (every school); otherwise the schools the caller's roles apply in. */
    private static Optional<Set<String>> schools(Grants grants) {
        return grants.admin() ? Optional.empty() : Optional.of(grants.schools());
    }

    private static Item item(MailMessage m) {
        return new Item(
                m.getId(),
                m.getSchool().getUrn(),
                m.getRunId().orElse(null),
                m.getRecipient(),
                m.getSubject(),
                m.getStatus().name(),
                m.getAttempts(),
                m.getLastError(),
                m.getLastAttemptAt().orElse(null),
                m.getNextAttemptAt().orElse(null),
                m.getCreatedAt(),
                m.getSentAt().orElse(null),
                m.getFailedAt().orElse(null));
    }

    private static Optional<MailMessage.Status> status(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MailMessage.Status.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw bad("status", text, "one of " + List.of(MailMessage.Status.values()));
        }
    }

    private static Optional<Long> runId(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw bad("runId", text, "the number of a run");
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
        throw bad(name, text, "a whole number from " + min + " to " + max);
    }

    private static ProblemException bad(String field, String value, String expected) {
        return new ProblemException(
                400,
                "Bad request",
                "The query parameter '" + field + "' must be " + expected,
                List.of(Problem.FieldError.of(field, value, "must be " + expected)));
    }
}
