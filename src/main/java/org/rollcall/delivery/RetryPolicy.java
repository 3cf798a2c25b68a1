package org.rollcall.delivery;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a message that could not be sent is tried again: one minute after the first failure, then
 * doubling (2, 4, 8, 16, 32 minutes) up to one hour between tries, until {@code limit} after the
 * message was queued (default 72 hours, ROLLCALL_MAIL_RETRY_HOURS). The last try falls on the
 * limit itself; a failure then gives up.
 */
public record RetryPolicy(Duration first, Duration longest, Duration limit) {
    public static final Duration FIRST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofHours(1);

    public static RetryPolicy withLimit(Duration limit) {
        return new RetryPolicy(FIRST, LONGEST, limit);
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /**
     * When to try next after a failure at {@code now}, the {@code failedAttempts}-th; empty once the
     * limit since {@code queuedAt} has been reached (the message has failed for good).
     */
    public Optional<LocalDateTime> nextAttempt(LocalDateTime queuedAt, int failedAttempts, LocalDateTime now) {
        LocalDateTime giveUp = queuedAt.plus(limit);
        if (!now.isBefore(giveUp)) {
            return Optional.empty();
        }
        LocalDateTime next = now.plus(delayAfter(failedAttempts));
        return Optional.of(next.isAfter(giveUp) ? giveUp : next);
    }
}
