package org.rollcall.attendance.statistics.counting;

import static org.rollcall.attendance.AttendanceCategory.APPROVED_ACTIVITY;
import static org.rollcall.attendance.AttendanceCategory.AUTHORISED;
import static org.rollcall.attendance.AttendanceCategory.NOT_POSSIBLE;
import static org.rollcall.attendance.AttendanceCategory.PRESENT;
import static org.rollcall.attendance.AttendanceCategory.UNAUTHORISED;

import java.time.LocalDate;

/**
 * The DfE register codes of DOMAIN.md for tests that run without a database (the server reads
 * them from the {@code register_code} table): the codes in force since 19 August 2024, plus the
 * retired codes before that date.
 */
public final class StandardCodes {

    /** The day the 2024 register codes came into force; retired codes are valid before it. */
    public static final LocalDate CODES_2024 = LocalDate.of(2024, 8, 19);

    private StandardCodes() {}

    public static RegisterCodeBook book() {
        RegisterCodeBook.Builder b = RegisterCodeBook.builder();
        for (String c : new String[] {"/", "\\", "L"}) {
            b.code(c, PRESENT);
        }
        for (String c : new String[] {"K", "V", "P", "W", "B"}) {
            b.code(c, APPROVED_ACTIVITY);
        }
        for (String c : new String[] {"C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E"}) {
            b.code(c, AUTHORISED);
        }
        for (String c : new String[] {"G", "N", "O", "U"}) {
            b.code(c, UNAUTHORISED);
        }
        for (String c : new String[] {"D", "X", "Q", "Z", "#"}) {
            b.code(c, NOT_POSSIBLE);
        }
        for (int i = 1; i <= 7; i++) {
            b.code("Y" + i, NOT_POSSIBLE);
        }
        return b.retired("H", AUTHORISED, CODES_2024)
                .retired("F", AUTHORISED, CODES_2024)
                .retired("J", APPROVED_ACTIVITY, CODES_2024)
                .retired("Y", NOT_POSSIBLE, CODES_2024)
                .build();
    }
}
