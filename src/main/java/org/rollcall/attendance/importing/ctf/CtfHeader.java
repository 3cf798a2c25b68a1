package org.rollcall.attendance.importing.ctf;

import java.util.Optional;

/**
 * The CTF {@code <Header>}: which document, which version, and the school it came from.
 *
 * @param version      {@code CTFversion}, e.g. "25.0"
 * @param academicYear {@code SourceSchool/AcademicYear}: the year the academic year starts, e.g. "2024"
 */
public record CtfHeader(
        String documentName,
        String version,
        Optional<String> dateTime,
        Optional<String> sourceLea,
        Optional<String> sourceEstab,
        Optional<String> sourceUrn,
        Optional<String> sourceSchoolName,
        Optional<String> academicYear,
        Optional<String> destLea,
        Optional<String> destEstab) {}
