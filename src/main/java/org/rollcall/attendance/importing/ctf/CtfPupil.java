package org.rollcall.attendance.importing.ctf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pupil's core data from a CTF {@code <Pupil>}, with their attendance by year.
 *
 * @param line         where the pupil's element starts, for error reports
 * @param sex          {@code <Sex>} (CTF 25) or {@code <Gender>} (earlier versions): "M" or "F"
 * @param ncYearActual {@code BasicDetails/NCyearActual}, e.g. "7" or "R"
 */
public record CtfPupil(
        int line,
        String upn,
        String surname,
        String forename,
        LocalDate dob,
        String sex,
        Optional<String> ncYearActual,
        Optional<String> ethnicity,
        List<CtfYearAttendance> attendance) {

    public CtfPupil {
        attendance = List.copyOf(attendance);
    }
}
