package org.rollcall.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.DateTimeException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that is not valid JSON, or has a value of the wrong type (a date like
 * {@code 2026-13-45}, text where a number belongs), is the caller's mistake: 400 with a problem body
 * that names the field when JSON-B says which, never a 500. RESTEasy reports such bodies as a
 * {@link ProcessingException} wrapping the JSON-B or JSON-P error; any other processing error is
 * unexpected and answered as {@link UnexpectedErrorMapper} does.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
    // Yasson names the property it could not read: "Unable to deserialize property 'heldOn' because of: ..."
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Override
    public Response toResponse(ProcessingException e) {
        if (!fromTheBody(e)) {
            return new UnexpectedErrorMapper().toResponse(e);
        }
        List<Problem.FieldError> errors = field(e).map(f -> List.of(
                        Problem.FieldError.of(f, null, "not a value of the right kind (dates are written 2026-03-20)")))
                .orElse(List.of());
        return ProblemResponses.of(new Problem(
                "about:blank",
                "Bad request",
                400,
                "The request body could not be read as JSON of the expected shape; nothing was changed",
                errors));
    }

    private static boolean fromTheBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof DateTimeException) {
                return true;
            }
        }
        return false;
    }

    /** The path to the property, outermost first: {@code academicYears.start}. */
    private static Optional<String> field(Throwable e) {
        Set<String> path = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                path.add(m.group(1));
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(String.join(".", path));
    }
}
