package org.rollcall.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollcall.attendance.UpnValidator;

/**
 * A register small enough to work out by hand: seven pupils over one week (Monday 8 to Friday 12
 * September 2025, ten sessions each). Each pupil's marks are written as ten codes, AM then PM.
 *
 * <pre>
 * pupil  year  codes                      possible  attended  auth  unauth  attendance
 * P1     7     / \ / \ / \ / \ / \        10        10        0     0       100%
 * P2     7     / \ / I / \ / \ / \        10         9        1     0        90%  PA (exactly 90)
 * P3     7     / \ I \ G \ / \ / \        10         8        1     1        80%  PA
 * P4     7     L \ / \ / \ / \ / \        10        10        0     0       100%  (L is present)
 * P5     7     / \ / \ / \ / \ / X         9         9        0     0       100%  (X not possible)
 * P6     7     / \ / \ / N N N N N        10         5        0     5        50%  PA, severe
 * P7     8     / \ M \ / \ M \ / \        10         8        2     0        80%  PA
 * school                                  69        59        4     6
 * </pre>
 * Attendance 59/69 = 85.51%; authorised 4/69 = 5.80%; unauthorised 6/69 = 8.70%;
 * PA 4 of 7 pupils = 57.14%; severe 1 of 7 = 14.29%. Year 8 has one pupil: suppressed for governors.
 */
public final class SmallSchool {
    public static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    public static final LocalDate FRIDAY = LocalDate.of(2025, 9, 12);

    static final Map<String, String> REGISTERS = new LinkedHashMap<>();

    static {
        REGISTERS.put("P1", "/ \\ / \\ / \\ / \\ / \\");
        REGISTERS.put("P2", "/ \\ / I / \\ / \\ / \\");
        REGISTERS.put("P3", "/ \\ I \\ G \\ / \\ / \\");
        REGISTERS.put("P4", "L \\ / \\ / \\ / \\ / \\");
        REGISTERS.put("P5", "/ \\ / \\ / \\ / \\ / X");
        REGISTERS.put("P6", "/ \\ / \\ / N N N N N");
        REGISTERS.put("P7", "/ \\ M \\ / \\ M \\ / \\");
    }

    private SmallSchool() {}

    /** A valid UPN for pupil number n of a school (DfE check letter, LA 999). */
    public static String upn(int schoolNumber, int n) {
        String body = String.format("999%04d25%03d", schoolNumber % 10000, n);
        return UpnValidator.checkLetter(body) + body;
    }

    public static String pupilsCsv(int schoolNumber) {
        StringBuilder csv = new StringBuilder("upn,surname,forename,year_group,form\n");
        int n = 1;
        for (String pupil : REGISTERS.keySet()) {
            String year = pupil.equals("P7") ? "8" : "7";
            csv.append(upn(schoolNumber, n++))
                    .append(",Pupil,")
                    .append(pupil)
                    .append(',')
                    .append(year)
                    .append(',')
                    .append(year)
                    .append("A\n");
        }
        return csv.toString();
    }

    public static String marksCsv(int schoolNumber) {
        StringBuilder csv = new StringBuilder("upn,date,session,code\n");
        int n = 1;
        for (String codes : REGISTERS.values()) {
            String upn = upn(schoolNumber, n++);
            String[] marks = codes.split(" ");
            for (int i = 0; i < marks.length; i++) {
                csv.append(upn)
                        .append(',')
                        .append(MONDAY.plusDays(i / 2))
                        .append(',')
                        .append(i % 2 == 0 ? "AM" : "PM")
                        .append(',')
                        .append(marks[i])
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
