package org.rollcall.evaluation.plan;

/** How urgent an action is in the plan (seed 001: "What are the priorities?"). */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
