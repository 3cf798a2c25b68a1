package org.rollcall.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Today is fixed at 15 January 2026 in London. */
class OverdueRuleTest {
    final OverdueRule rule =
            new OverdueRule(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneId.of("Europe/London")));

    @Test
    void dueYesterdayAndNotDoneIsOverdue() {
        assertTrue(rule.isOverdue(LocalDate.of(2026, 1, 14), ActionStatus.IN_PROGRESS));
        assertTrue(rule.isOverdue(LocalDate.of(2026, 1, 14), ActionStatus.NOT_STARTED));
    }

    @Test
    void dueTodayIsNotYetOverdue() {
        assertFalse(rule.isOverdue(LocalDate.of(2026, 1, 15), ActionStatus.NOT_STARTED));
    }

    @Test
    void aFinishedActionIsNeverOverdue() {
        assertFalse(rule.isOverdue(LocalDate.of(2025, 9, 1), ActionStatus.DONE));
        assertFalse(rule.isOverdue(LocalDate.of(2025, 9, 1), ActionStatus.DROPPED));
    }

    @Test
    void todayIsTakenInLondonNotUtc() {
        // in summer (BST) 23:30 UTC on 14 June is already 15 June in London, so an action due on the 14th is late
        OverdueRule summer =
                new OverdueRule(Clock.fixed(Instant.parse("2026-06-14T23:30:00Z"), ZoneId.of("Europe/London")));
        assertTrue(summer.isOverdue(LocalDate.of(2026, 6, 14), ActionStatus.NOT_STARTED));
    }
}
