package org.rollcall.attendance.importing.ctf;

/**
 * How the days of a CTF marks string map onto dates.
 *
 * <p>Each day takes two characters, AM then PM, from {@code AttendanceStartDate}. The DfE string
 * runs over consecutive calendar days, so weekends and holidays appear, marked {@code #} (or
 * {@code -}); {@link #EVERY_DAY} reads it that way and refuses a real mark on a Saturday or Sunday,
 * which is how a file written the other way shows itself. {@link #WEEKDAYS_ONLY} is for an MIS
 * that leaves weekends out.
 */
public enum MarksLayout {
    EVERY_DAY,
    WEEKDAYS_ONLY
}
