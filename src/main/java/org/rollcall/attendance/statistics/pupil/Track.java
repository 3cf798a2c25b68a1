package org.rollcall.attendance.statistics.pupil;

/**
 * The direction of a pupil's attendance. The process map has two columns: falling
 * (pre-intervention) and improving (post-intervention); a steady pupil is shown the falling
 * column's guidance, since nothing has improved yet.
 */
public enum Track {
    FALLING,
    STEADY,
    IMPROVING
}
