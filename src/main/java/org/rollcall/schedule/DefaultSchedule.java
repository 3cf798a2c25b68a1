package org.rollcall.schedule;

import java.util.List;
import java.util.Optional;

/**
 * The schedule of a school that has not set its own (documented in the README): staff data for
 * the half term just ended and parent printouts for the year to date on the first day of each half
 * term; the governor pack five school days before each term ends; the SEF attendance section at the
 * end of the summer term.
 */
public final class DefaultSchedule {
    public static final List<ScheduleEntry> ENTRIES = List.of(
            new ScheduleEntry("STAFF_DATA", SchedulePoint.HALF_TERM_START, 0, ScheduleWindow.HALF_TERM),
            new ScheduleEntry("PARENT_PRINTOUTS", SchedulePoint.HALF_TERM_START, 0, ScheduleWindow.YEAR_TO_DATE),
            new ScheduleEntry("GOVERNOR_PACK", SchedulePoint.TERM_END, -5, ScheduleWindow.TERM_TO_DATE),
            new ScheduleEntry(
                    "SEF_SECTION", SchedulePoint.TERM_END, 0, ScheduleWindow.YEAR_TO_DATE, Optional.of("Summer")));

    private DefaultSchedule() {}
}
