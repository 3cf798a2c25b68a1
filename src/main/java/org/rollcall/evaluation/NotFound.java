package org.rollcall.evaluation;

import org.rollcall.platform.ProblemException;

/**
 * The 404 problems of self-evaluation, in one place so every service and resource names a missing
 * round, action or framework the same way (repositories only answer with {@code Optional}).
 */
public final class NotFound {
    private NotFound() {}

    public static ProblemException round(long roundId) {
        return ProblemException.notFound("No audit round " + roundId);
    }

    public static ProblemException action(long actionId, long roundId) {
        return ProblemException.notFound("No action " + actionId + " in audit round " + roundId);
    }

    public static ProblemException framework(long frameworkId) {
        return ProblemException.notFound("No framework " + frameworkId);
    }
}
