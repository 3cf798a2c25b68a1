package org.rollcall.attendance.statistics;

/** Where a pupil's individual target came from. */
public enum TargetSource {
    DEFAULT_RULE,
    SCHOOL_OVERRIDE
}
