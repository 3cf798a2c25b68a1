package org.rollcall.schedule;

/** The point of a term an entry of the schedule counts its school days from. */
public enum SchedulePoint {
    /** The first day of each term. */
    TERM_START,
    /** The first day of each half term: a term's first day, and the first weekday after its half-term holiday. */
    HALF_TERM_START,
    /** The last day of each term. */
    TERM_END
}
