package org.rollcall.platform;

import java.util.List;

/** Thrown by services when a request cannot be done; the REST layer turns it into a problem body. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "The data was not accepted", detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
