package org.rollcall.attendance.statistics.pupil;

/** Where a pupil's individual target came from. */
public enum TargetSource {
    DEFAULT_RULE,
    SCHOOL_OVERRIDE
}
