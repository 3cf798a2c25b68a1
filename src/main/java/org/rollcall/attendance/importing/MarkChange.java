package org.rollcall.attendance.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One mark an import changed: the pupil, the session, the code before and after. */
public record MarkChange(
        String upn, LocalDate date, String session, String oldCode, String newCode, LocalDateTime changedAt) {}
