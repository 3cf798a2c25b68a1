package org.rollcall.evaluation.plan;

/** Where an action stands. DONE and DROPPED are finished: a finished action is never overdue. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean finished() {
        return this == DONE || this == DROPPED;
    }
}
