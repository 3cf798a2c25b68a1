package org.rollcall.attendance;

/**
 * The DfE category of a register mark. Every figure is built from these five: the code itself only
 * matters for "absence by reason" and for lateness.
 */
public enum AttendanceCategory {
    PRESENT,
    APPROVED_ACTIVITY,
    AUTHORISED,
    UNAUTHORISED,
    NOT_POSSIBLE;

    /** Whether the session counts in the denominator of every rate (all but not-possible). */
    public boolean isPossible() {
        return this != NOT_POSSIBLE;
    }

    /** Whether the pupil counts as attending: present, or at an approved educational activity. */
    public boolean isAttended() {
        return this == PRESENT || this == APPROVED_ACTIVITY;
    }

    /** Whether the session is an absence, authorised or not. */
    public boolean isAbsence() {
        return this == AUTHORISED || this == UNAUTHORISED;
    }
}
