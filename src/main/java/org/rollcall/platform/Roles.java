package org.rollcall.platform;

/** The roles a Rollcall user can hold; the database constrains app_user_role to these names. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String ATTENDANCE_LEAD = "attendance-lead";
    public static final String HEADTEACHER = "headteacher";
    public static final String GOVERNOR = "governor";
    public static final String TUTOR = "tutor";

    private Roles() {}
}
