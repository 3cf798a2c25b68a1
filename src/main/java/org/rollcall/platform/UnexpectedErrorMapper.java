package org.rollcall.platform;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else also answers with a problem body: JAX-RS errors keep their status, bean
 * validation is a 400 naming each field, and anything unexpected is a 500 whose detail says no
 * more than that (the cause goes to the log, which never holds pupil data).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof ProblemException problem) {
            return ProblemResponses.of(problem.toProblem());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = web.getResponse().getStatusInfo().getReasonPhrase();
            return ProblemResponses.of(new Problem("about:blank", title, status, web.getMessage(), List.of()));
        }
        if (cause instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> Problem.FieldError.of(
                            lastNode(v.getPropertyPath().toString()),
                            String.valueOf(v.getInvalidValue()),
                            v.getMessage()))
                    .toList();
            return ProblemResponses.of(
                    new Problem("about:blank", "Bad request", 400, "The request has invalid values", errors));
        }
        LOG.log(Level.SEVERE, "Unexpected error: " + cause.getClass().getName(), cause);
        return ProblemResponses.of(new Problem(
                "about:blank",
                "Internal error",
                500,
                "Something went wrong on the server; nothing was changed by this request",
                List.of()));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
