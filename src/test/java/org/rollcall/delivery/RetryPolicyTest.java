package org.rollcall.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final LocalDateTime QUEUED = LocalDateTime.of(2026, 12, 1, 9, 0);
    private final RetryPolicy policy = RetryPolicy.withLimit(Duration.ofHours(72));

    @Test
    void theWaitStartsAtOneMinuteAndDoublesUpToAnHour() {
        List<Long> minutes = IntStream.rangeClosed(1, 9)
                .mapToObj(n -> policy.delayAfter(n).toMinutes())
                .toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), minutes);
        assertEquals(Duration.ofHours(1), policy.delayAfter(500), "no overflow after many attempts");
    }

    @Test
    void aFailureSoonAfterQueueingWaitsAsTheAttemptCountSays() {
        LocalDateTime failedAt = QUEUED.plusMinutes(3);
        assertEquals(Optional.of(failedAt.plusMinutes(4)), policy.nextAttempt(QUEUED, 3, failedAt));
    }

    @Test
    void theLastTryFallsOnTheLimitAndAFailureThereGivesUp() {
        LocalDateTime limit = QUEUED.plusHours(72);
        LocalDateTime lateFailure = limit.minusMinutes(20);
        assertEquals(
                Optional.of(limit), policy.nextAttempt(QUEUED, 40, lateFailure), "an hour's wait is cut to 20 min");
        assertTrue(policy.nextAttempt(QUEUED, 41, limit).isEmpty(), "at the limit: FAILED");
        assertTrue(policy.nextAttempt(QUEUED, 1, limit.plusDays(1)).isEmpty(), "after a long outage: FAILED");
    }

    @Test
    void aMessageFailsForGoodOnAPermanentRefusalAndWaitsOtherwise() {
        MailMessage message =
                new MailMessage(null, null, null, "a@school.example", "s", "b", QUEUED, MailMessage.keyOf("test:a"));
        message.markNotSent("Connection refused", QUEUED.plusMinutes(1), Optional.of(QUEUED.plusMinutes(2)));
        assertEquals(MailMessage.Status.PENDING, message.getStatus());
        assertEquals(1, message.getAttempts());
        assertEquals(Optional.of(QUEUED.plusMinutes(2)), message.getNextAttemptAt());

        message.markNotSent("550 5.1.1 no such user", QUEUED.plusMinutes(2), Optional.empty());
        assertEquals(MailMessage.Status.FAILED, message.getStatus());
        assertEquals(2, message.getAttempts());
        assertEquals("550 5.1.1 no such user", message.getLastError());
        assertEquals(Optional.of(QUEUED.plusMinutes(2)), message.getFailedAt());
        assertTrue(message.getNextAttemptAt().isEmpty());
    }
}
