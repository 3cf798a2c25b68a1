package org.rollcall.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Our own refusals become problem bodies with their status. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        return ProblemResponses.of(e.toProblem());
    }
}
