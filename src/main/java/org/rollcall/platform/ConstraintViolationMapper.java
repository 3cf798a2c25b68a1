package org.rollcall.platform;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of a request as a 400 problem body naming each field. Without a mapper
 * this close to the exception's type, RESTEasy's own (for any {@code ValidationException}) wins
 * over {@link UnexpectedErrorMapper} and answers in plain text.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return new UnexpectedErrorMapper().toResponse(e);
    }
}
