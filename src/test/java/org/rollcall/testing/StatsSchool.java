package org.rollcall.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A register worked out by hand for every attendance endpoint: seven pupils with their
 * characteristics over Monday 8 to Friday 12 September 2025 (ten sessions each, AM then PM), plus
 * pupil P1's next four weeks, P1's June 2025 and P1 and P2 in the same week last year.
 *
 * <pre>
 * pupil year form sex fsm sen eal  week of 8 Sep 2025          possible attended auth unauth
 * P1    7    7A   F   Y   N   N    / \ / \ / \ / \ / \          10  10  0 0  100%
 * P2    7    7A   M   Y   K   N    / \ / I / \ / \ / \          10   9  1 0   90%  PA (exactly 90)
 * P3    7    7B   F   N   K   Y    / \ I \ U \ / \ / \          10   8  1 1   80%  PA (U: late after close)
 * P4    7    7B   M   N   N   N    L \ / \ / \ / \ / \          10  10  0 0  100%  (L: late, present)
 * P5    7    7B   F   N   N   Y    / \ / \ V \ / \ / X           9   9  0 0  100%  (V approved, X not possible)
 * P6    7    7A   M   Y   E   N    / \ / \ / N N N N N          10   5  0 5   50%  PA, severe
 * P7    8    8A   F   N   N   N    / \ M \ / \ M \ / \          10   8  2 0   80%  PA
 * school                                                        69  59  4 6   85.51%
 * </pre>
 * P1 from 15 September to 10 October 2025: each week {@code / \ I \ / \ I \ / \} (8 of 10).
 * P1 16 to 20 June 2025: the same (8 of 10). Last year, 2 to 6 September 2024 (the same weeks as
 * 8 to 12 September 2025): P1 all present, P2 {@code / \ / \ / N N N N N} (5 of 10).
 * The calendar's autumn term 2025 runs 1 September to 19 December with half term 27 to 31 October
 * and an INSET day on 24 November: after Friday 10 October, 44 open days (88 sessions) remain.
 */
public final class StatsSchool {
    public static final String URN = "900401";
    public static final int NUMBER = 401;
    public static final LocalDate WEEK = LocalDate.of(2025, 9, 8);

    static final String[][] PUPILS = {
        // name, year, form, gender, fsm, disadvantaged, sen, eal, ethnicity
        {"P1", "7", "7A", "F", "Y", "Y", "N", "N", "WBRI"},
        {"P2", "7", "7A", "M", "Y", "Y", "K", "N", "WBRI"},
        {"P3", "7", "7B", "F", "N", "N", "K", "Y", "AIND"},
        {"P4", "7", "7B", "M", "N", "N", "N", "N", "WBRI"},
        {"P5", "7", "7B", "F", "N", "N", "N", "Y", "BAFR"},
        {"P6", "7", "7A", "M", "Y", "N", "E", "N", "WBRI"},
        {"P7", "8", "8A", "F", "N", "N", "N", "N", "WBRI"},
    };

    static final String[] WEEK_REGISTERS = {
        "/ \\ / \\ / \\ / \\ / \\",
        "/ \\ / I / \\ / \\ / \\",
        "/ \\ I \\ U \\ / \\ / \\",
        "L \\ / \\ / \\ / \\ / \\",
        "/ \\ / \\ V \\ / \\ / X",
        "/ \\ / \\ / N N N N N",
        "/ \\ M \\ / \\ M \\ / \\",
    };

    static final String EIGHT_OF_TEN = "/ \\ I \\ / \\ I \\ / \\";

    private StatsSchool() {}

    public static String upn(int pupil) {
        return SmallSchool.upn(NUMBER, pupil);
    }

    public static String pupilsCsv() {
        StringBuilder csv =
                new StringBuilder("upn,surname,forename,dob,gender,year_group,form,admission_date,leaving_date,"
                        + "fsm,disadvantaged,sen,eal,ethnicity,looked_after,child_in_need,young_carer\n");
        for (int i = 0; i < PUPILS.length; i++) {
            String[] p = PUPILS[i];
            String dob = p[1].equals("7") ? "2014-03-0" + (i + 1) : "2013-03-01";
            csv.append(String.join(
                            ",",
                            upn(i + 1),
                            "Pupil",
                            p[0],
                            dob,
                            p[3],
                            p[1],
                            p[2],
                            "",
                            "",
                            p[4],
                            p[5],
                            p[6],
                            p[7],
                            p[8],
                            "N",
                            "N",
                            "N"))
                    .append('\n');
        }
        return csv.toString();
    }

    public static String calendarJson() {
        return "{\"academicYears\":["
                + "{\"name\":\"2024/25\",\"start\":\"2024-09-01\",\"end\":\"2025-08-31\",\"terms\":["
                + "{\"name\":\"Autumn\",\"start\":\"2024-09-02\",\"end\":\"2024-12-20\"},"
                + "{\"name\":\"Summer\",\"start\":\"2025-04-22\",\"end\":\"2025-07-22\"}]},"
                + "{\"name\":\"2025/26\",\"start\":\"2025-09-01\",\"end\":\"2026-08-31\",\"terms\":["
                + "{\"name\":\"Autumn\",\"start\":\"2025-09-01\",\"end\":\"2025-12-19\","
                + "\"halfTerm\":{\"start\":\"2025-10-27\",\"end\":\"2025-10-31\"}}],"
                + "\"closures\":[{\"date\":\"2025-11-24\",\"kind\":\"INSET\",\"description\":\"Training day\"}]}]}";
    }

    public static String marksCsv() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < WEEK_REGISTERS.length; i++) {
            week(rows, upn(i + 1), WEEK, WEEK_REGISTERS[i]);
        }
        for (int w = 1; w <= 4; w++) {
            week(rows, upn(1), WEEK.plusWeeks(w), EIGHT_OF_TEN);
        }
        week(rows, upn(1), LocalDate.of(2025, 6, 16), EIGHT_OF_TEN);
        week(rows, upn(1), LocalDate.of(2024, 9, 2), WEEK_REGISTERS[0]);
        week(rows, upn(2), LocalDate.of(2024, 9, 2), WEEK_REGISTERS[5]);
        return "upn,date,session,code\n" + String.join("\n", rows) + "\n";
    }

    private static void week(List<String> rows, String upn, LocalDate monday, String register) {
        String[] marks = register.split(" ");
        for (int i = 0; i < marks.length; i++) {
            rows.add(upn + "," + monday.plusDays(i / 2) + "," + (i % 2 == 0 ? "AM" : "PM") + "," + marks[i]);
        }
    }
}
