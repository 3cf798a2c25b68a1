package org.rollcall.attendance.statistics.population;

/** Who will see the figures: governors' output suppresses small groups, staff output does not. */
public enum Audience {
    STAFF,
    GOVERNORS
}
