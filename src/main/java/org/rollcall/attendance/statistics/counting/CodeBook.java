package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import org.rollcall.attendance.AttendanceCategory;

/**
 * Which category a register code has on a given date. The mapping is reference data (kept in the
 * database by the server); the date matters because retired codes keep their historical meaning.
 */
public interface CodeBook {

    /**
     * @return the category of {@code code} on {@code date}
     * @throws IllegalArgumentException if the code is unknown, or not valid on that date; the
     *     message names the code, because an unknown code is an import error, never a guess
     */
    AttendanceCategory categoryOf(String code, LocalDate date);
}
