package org.rollcall.runs;

/** The kinds of report a run can produce. */
public enum RunKind {
    GOVERNOR_PACK,
    /** One printout per pupil on roll, emailed to each email contact, and one print file for the post. */
    PARENT_PRINTOUTS,
    /** One document per form and per year group, emailed to the staff assigned to it. */
    STAFF_DATA,
    /** The SEF attendance section of the academic year containing the window's end, as PDF and as Word. */
    SEF_SECTION;

    /** Whether forms and year groups can limit a run of this kind. */
    boolean takesLimits() {
        return this == PARENT_PRINTOUTS || this == STAFF_DATA;
    }
}
