package org.rollcall.schedule;

/**
 * The dates a scheduled run reports on. Each ends on the last school day before the run's date
 * (the last day with marks) and starts at the beginning of that day's term, academic year or half
 * term: a run on the first day of a term reports on the whole term before it.
 */
public enum ScheduleWindow {
    TERM_TO_DATE,
    YEAR_TO_DATE,
    HALF_TERM
}
