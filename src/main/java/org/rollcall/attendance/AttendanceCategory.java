package org.rollcall.attendance;

/** The DfE category of a register code: what a session with that code counts as. */
public enum AttendanceCategory {
    PRESENT, APPROVED_ACTIVITY, AUTHORISED, UNAUTHORISED, NOT_POSSIBLE;

    public boolean isPossible() {
        return this != NOT_POSSIBLE;
    }

    public boolean isAttended() {
        return this == PRESENT || this == APPROVED_ACTIVITY;
    }

    public boolean isAbsence() {
        return this == AUTHORISED || this == UNAUTHORISED;
    }
}
