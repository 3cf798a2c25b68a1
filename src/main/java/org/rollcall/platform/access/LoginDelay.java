package org.rollcall.platform.access;

import java.time.Duration;

/**
 * How long a login for a user name waits after failed attempts: nothing at first, then 1 s after the
 * third failure in a row, doubling with each further one up to 30 s. A correct password still waits
 * (otherwise the delay would tell a guesser when they are right), then clears the count.
 */
public final class LoginDelay {
    static final int FREE_ATTEMPTS = 2;
    static final Duration LONGEST = Duration.ofSeconds(30);

    private LoginDelay() {}

    public static Duration after(int failures) {
        if (failures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS - 1, 10);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
