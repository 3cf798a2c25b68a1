package org.rollcall.attendance.statistics.counting;

/** The two registers of a school day; each is one "session". */
public enum Session {
    AM,
    PM
}
