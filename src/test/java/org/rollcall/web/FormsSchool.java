package org.rollcall.web;

import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Problems;
import org.rollcall.testing.SmallSchool;

/**
 * The school of the browser tests that change things (imports, self-evaluation, settings), kept apart
 * from {@link WebSchool} so the figures other browser tests read never move: three pupils of 7A over one
 * week (Monday 8 to Friday 12 September 2025, ten sessions each) in the autumn term of {@link WebSchool}'s
 * calendar.
 *
 * <pre>
 * pupil         Mon   Tue   Wed   Thu   Fri   attended
 * Ada Adams     / \   / \   / \   / \   / \   10
 * Bob Brown     / \   / \   / \   / \   / \   10
 * Cat Cole      / \   N N   / \   / \   / \    8
 * school: 28 of 30 sessions, 93.33%
 * </pre>
 * Users: {@code forms.lead} (attendance lead) and {@code forms.staff} (a tutor of 7A who answers the audit).
 */
final class FormsSchool {
    static final String URN = "914101";
    static final String S = "schools/" + URN;
    static final String PASSWORD = "forms-test-password";
    static final String LEAD = "forms.lead";
    static final String STAFF = "forms.staff";
    static final String[][] PUPILS = {{"Adams", "Ada"}, {"Brown", "Bob"}, {"Cole", "Cat"}};
    static final String[] WEEK = {"/ \\ / \\ / \\ / \\ / \\", "/ \\ / \\ / \\ / \\ / \\", "/ \\ N N / \\ / \\ / \\"};

    private static boolean loaded;

    private FormsSchool() {}

    static String upn(int n) {
        return SmallSchool.upn(9141, n);
    }

    static synchronized void load(ApiClient admin) {
        if (loaded) {
            return;
        }
        Problems.ok(admin.putJson(S, "{\"name\":\"Forms Primary\",\"phase\":\"primary\"}"));
        Problems.ok(admin.putJson(S + "/calendar", WebSchool.calendarJson()));
        StringBuilder pupils = new StringBuilder("upn,surname,forename,year_group,form\n");
        StringBuilder marks = new StringBuilder("upn,date,session,code\n");
        for (int i = 0; i < PUPILS.length; i++) {
            pupils.append(upn(i + 1))
                    .append(',')
                    .append(PUPILS[i][0])
                    .append(',')
                    .append(PUPILS[i][1]);
            pupils.append(",7,7A\n");
            String[] codes = WEEK[i].split(" ");
            for (int s = 0; s < codes.length; s++) {
                marks.append(upn(i + 1)).append(",2025-09-").append(String.format("%02d", 8 + s / 2));
                marks.append(s % 2 == 0 ? ",AM," : ",PM,").append(codes[s]).append('\n');
            }
        }
        Problems.ok(admin.postCsv(S + "/pupils", "pupils.csv", pupils.toString()));
        Problems.ok(admin.postCsv(S + "/marks", "marks.csv", marks.toString()));
        Problems.ok(admin.putJson("users/" + LEAD, user("attendance-lead", "")));
        Problems.ok(admin.putJson("users/" + STAFF, user("tutor", ",\"forms\":[\"7A\"]")));
        loaded = true;
    }

    private static String user(String role, String more) {
        return "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"schools\":[\"" + URN + "\"]" + more
                + "}";
    }
}
