package org.rollcall.evaluation.plan;

import java.time.Clock;
import java.time.LocalDate;

/** An action is overdue when its due date has passed (in the school's time zone) and it is not finished. */
public final class OverdueRule {
    private final Clock clock;

    public OverdueRule(Clock clock) {
        this.clock = clock;
    }

    public boolean isOverdue(LocalDate dueOn, ActionStatus status) {
        return !status.finished() && dueOn.isBefore(LocalDate.now(clock));
    }
}
