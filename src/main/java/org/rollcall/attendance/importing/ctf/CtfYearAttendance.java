package org.rollcall.attendance.importing.ctf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <Attendance><YearData>} block: the school's own summary for an academic year and,
 * when sent, the session marks string expanded into {@link CtfMark}s.
 *
 * @param year             the calendar year the academic year starts in ({@code <Year>})
 * @param marksString      {@code AttendSessions/AttendanceMarks} as sent
 * @param marks            the string's real marks; "-" (no mark) and "#" (school closed) are left out
 * @param closedSessions   how many "#" sessions fell on weekdays (planned closures and holidays)
 */
public record CtfYearAttendance(
        int year,
        Optional<String> lea,
        Optional<String> estab,
        Optional<String> schoolName,
        int sessionsPossible,
        int sessionsAuthorised,
        int sessionsAttended,
        int sessionsUnauthorised,
        Optional<LocalDate> attendanceStartDate,
        Optional<String> marksString,
        List<CtfMark> marks,
        int closedSessions) {

    public CtfYearAttendance {
        marks = List.copyOf(marks);
    }
}
