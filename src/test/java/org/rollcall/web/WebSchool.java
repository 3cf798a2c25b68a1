package org.rollcall.web;

import java.time.LocalDate;
import java.util.List;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Problems;
import org.rollcall.testing.SmallSchool;

/**
 * The school the browser tests look at: six pupils in forms 7A, 7B and 8A over two weeks (Monday 8 to
 * Friday 19 September 2025, twenty sessions each) in a calendar whose autumn term runs 1 September to
 * 19 December 2025. Every contact receives letters by post, so no test here sends a parent an email.
 *
 * <pre>
 * pupil        form  week 1 (8-12 Sep)     week 2 (15-19 Sep)    attended  attendance
 * Amy Archer   7A    / \ / \ / \ / \ / \   / \ / \ / \ / \ / \   20        100.00%
 * Ben Baker    7A    / \ / I / \ I \ / \   / \ / \ / \ / \ / \   18         90.00%  PA (exactly 90)
 * Cara Clark   7B    / \ I \ G \ / \ / \   / \ / \ / \ / \ / \   18         90.00%  PA
 * Dan Dawson   7B    L \ / \ / \ / \ / \   / \ / \ / \ / \ / \   20        100.00%  (L is present)
 * Eve Evans    8A    / \ M \ / \ M \ / \   / \ / \ / \ / \ / \   18         90.00%  PA
 * Finn Fisher  8A    / \ / \ / \ / \ / \   / \ N N N N / \ / \   16         80.00%  PA
 * school                                   week 1 54/60 = 90.00%  week 2 56/60 = 93.33%
 * </pre>
 * The school: 110 of 120 sessions, attendance 91.67%; persistent absence 4 of 6 pupils, 66.67%. Finn
 * has had a conversation (19 September). Users: {@link #LEAD}, {@link #HEAD}, {@link #GOVERNOR} and
 * {@link #TUTOR} (form 7A), all with {@link #PASSWORD}.
 */
final class WebSchool {
    static final String URN = "914001";
    static final String S = "schools/" + URN;
    static final String FROM = "2025-09-01";
    static final String TO = "2025-12-19";
    static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    static final String PASSWORD = "browser-test-password";
    static final String LEAD = "web.lead";
    static final String GOVERNOR = "web.governor";
    static final String TUTOR = "web.tutor7a";
    static final String HEAD = "web.head";

    /** forename, surname, form, year, week 1 and week 2 codes */
    static final List<String[]> PUPILS = List.of(
            new String[] {"Amy", "Archer", "7A", "7", "/ \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\"},
            new String[] {"Ben", "Baker", "7A", "7", "/ \\ / I / \\ I \\ / \\ / \\ / \\ / \\ / \\ / \\"},
            new String[] {"Cara", "Clark", "7B", "7", "/ \\ I \\ G \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\"},
            new String[] {"Dan", "Dawson", "7B", "7", "L \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\ / \\"},
            new String[] {"Eve", "Evans", "8A", "8", "/ \\ M \\ / \\ M \\ / \\ / \\ / \\ / \\ / \\ / \\"},
            new String[] {"Finn", "Fisher", "8A", "8", "/ \\ / \\ / \\ / \\ / \\ / \\ N N N N / \\ / \\"});

    private static boolean loaded;

    private WebSchool() {}

    static String upn(int n) {
        return SmallSchool.upn(914, n);
    }

    static String fullName(int n) {
        return PUPILS.get(n - 1)[0] + " " + PUPILS.get(n - 1)[1];
    }

    /** Loads the school and its users once per test JVM (the database lives as long as the JVM). */
    static synchronized void load(ApiClient admin) {
        if (loaded) {
            return;
        }
        Problems.ok(admin.putJson(
                S,
                "{\"name\":\"Browser Academy\",\"phase\":\"secondary\",\"address\":[\"1 Window Way\",\"Ashford\","
                        + "\"TN1 1WW\"],\"headteacher\":\"Dr Helen Head\",\"attendanceChampion\":{\"name\":"
                        + "\"Mr Sam Champion\",\"email\":\"attendance@browser.example\",\"phone\":\"01234 500601\"}}"));
        Problems.ok(admin.putJson(S + "/calendar", calendarJson()));
        Problems.ok(admin.postCsv(S + "/pupils", "pupils.csv", pupilsCsv()));
        Problems.ok(admin.postCsv(S + "/contacts", "contacts.csv", contactsCsv()));
        Problems.ok(admin.postCsv(S + "/marks", "marks.csv", marksCsv()));
        Problems.ok(admin.putJson(S + "/attendance/targets", "{\"attendance\":96,\"persistentAbsence\":15}"));
        Problems.ok(admin.postJson(
                S + "/pupils/" + upn(6) + "/interventions",
                "{\"type\":\"CONVERSATION\",\"date\":\"2025-09-19\",\"owner\":\"Mr Sam Champion\","
                        + "\"outcome\":\"Parent will ring on the first day of any absence\"}"));
        Problems.ok(admin.putJson("users/" + LEAD, user("attendance-lead", "")));
        Problems.ok(admin.putJson("users/" + HEAD, user("headteacher", "")));
        Problems.ok(admin.putJson("users/" + GOVERNOR, user("governor", "")));
        Problems.ok(admin.putJson("users/" + TUTOR, user("tutor", ",\"forms\":[\"7A\"]")));
        loaded = true;
    }

    private static String user(String role, String more) {
        return "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"schools\":[\"" + URN + "\"]" + more
                + "}";
    }

    static String calendarJson() {
        return "{\"academicYears\": [{\"name\": \"2025/26\", \"start\": \"2025-09-01\", \"end\": \"2026-08-31\","
                + " \"terms\": [{\"name\": \"Autumn\", \"start\": \"2025-09-01\", \"end\": \"2025-12-19\","
                + " \"halfTerm\": {\"start\": \"2025-10-27\", \"end\": \"2025-10-31\"}}]}]}";
    }

    static String pupilsCsv() {
        StringBuilder csv = new StringBuilder("upn,surname,forename,year_group,form\n");
        for (int i = 0; i < PUPILS.size(); i++) {
            String[] p = PUPILS.get(i);
            csv.append(String.join(",", upn(i + 1), p[1], p[0], p[3], p[2])).append('\n');
        }
        return csv.toString();
    }

    static String contactsCsv() {
        StringBuilder csv = new StringBuilder(
                "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel\n");
        for (int i = 0; i < PUPILS.size(); i++) {
            String[] p = PUPILS.get(i);
            csv.append(upn(i + 1))
                    .append(",Parent ")
                    .append(p[1])
                    .append(",Parent,,\"")
                    .append(i + 1)
                    .append(" Window Way, Ashford, TN1 1WW\",1,Y,post\n");
        }
        return csv.toString();
    }

    static String marksCsv() {
        StringBuilder csv = new StringBuilder("upn,date,session,code\n");
        for (int i = 0; i < PUPILS.size(); i++) {
            String[] marks = PUPILS.get(i)[4].split(" ");
            for (int s = 0; s < marks.length; s++) {
                int day = s / 2;
                LocalDate date = MONDAY.plusDays(day < 5 ? day : day + 2);
                csv.append(upn(i + 1))
                        .append(',')
                        .append(date)
                        .append(',')
                        .append(s % 2 == 0 ? "AM" : "PM")
                        .append(',')
                        .append(marks[s])
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
