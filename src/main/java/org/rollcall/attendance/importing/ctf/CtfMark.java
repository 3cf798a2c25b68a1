package org.rollcall.attendance.importing.ctf;

import java.time.LocalDate;

/**
 * One session's mark taken from a CTF marks string.
 *
 * @param session "AM" or "PM"
 * @param code    the single character the string holds, e.g. "/", "I", "G"; never "-" or "#"
 */
public record CtfMark(LocalDate date, String session, String code) {}
