package org.rollcall.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private ProblemResponses() {}

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }
}
