package org.rollcall.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Bean Validation failures of a request as a 400 problem body naming each field. Without a mapper
 * this close to the exception's type, RESTEasy's own (for any {@code ValidationException}) wins
 * over {@link UnexpectedErrorMapper} and answers in plain text.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.of(field(v), String.valueOf(v.getInvalidValue()), v.getMessage()))
                .toList();
        return ProblemResponses.of(
                new Problem("about:blank", "Bad request", 400, "The request has invalid values", errors));
    }

    /** The innermost named property ({@code address} for an element of the address list, not {@code <list element>}). */
    static String field(ConstraintViolation<?> violation) {
        String field = String.valueOf(violation.getPropertyPath());
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field = node.getName();
            }
        }
        return field;
    }
}
