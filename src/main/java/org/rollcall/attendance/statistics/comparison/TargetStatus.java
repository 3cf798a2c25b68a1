package org.rollcall.attendance.statistics.comparison;

/** Whether a target is met; NO_DATA when there is nothing to measure it against. */
public enum TargetStatus {
    MET,
    NOT_MET,
    NO_DATA
}
