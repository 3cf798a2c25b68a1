package org.rollcall.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.SmallSchool;

/**
 * A school for the access tests: six pupils in year 7 with names found nowhere else (so the log scan
 * can look for them), five in form 7A and one in 7B, and one week of marks (8 to 12 September 2025).
 * Pupil 2 was ill on Wednesday morning (I), pupil 6 missed Friday unauthorised (O, O): everyone else
 * attended all ten sessions. Its staff: a lead, a headteacher, a governor and the tutor of 7A.
 */
record AccessSchool(String urn, int number, String name) {
    static final String FROM = "2025-09-08";
    static final String TO = "2025-09-12";
    static final String PASSWORD = "access-test-password";
    private static final String[] FORENAMES = {"Thessaly", "Orrin", "Peregrine", "Wilhelmina", "Cosimo", "Isolde"};
    private static final String[] SURNAMES = {
        "Quillfeather", "Brackenridge", "Marchbanks", "Ravensworth", "Tolliver", "Ashgrove"
    };

    String upn(int pupil) {
        return SmallSchool.upn(number, pupil);
    }

    /** Pupil 1 of 7A, the one a tutor of 7A may read; pupil 6 is 7B's only pupil. */
    String pupil7A() {
        return upn(1);
    }

    String pupil7B() {
        return upn(6);
    }

    String forename(int pupil) {
        return FORENAMES[pupil - 1] + suffix();
    }

    String surname(int pupil) {
        return SURNAMES[pupil - 1] + suffix();
    }

    List<String> pupilData() {
        List<String> data = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            data.add(upn(n));
            data.add(forename(n));
            data.add(surname(n));
        }
        return data;
    }

    // the two schools' pupils have different names, so "no other pupil's data" can be checked by name
    private String suffix() {
        return "x" + Integer.toString(number, 36);
    }

    String pupilsCsv() {
        StringBuilder csv = new StringBuilder("upn,surname,forename,year_group,form\n");
        for (int n = 1; n <= 6; n++) {
            csv.append(upn(n))
                    .append(',')
                    .append(surname(n))
                    .append(',')
                    .append(forename(n))
                    .append(",7,")
                    .append(n == 6 ? "7B" : "7A")
                    .append('\n');
        }
        return csv.toString();
    }

    String marksCsv() {
        StringBuilder csv = new StringBuilder("upn,date,session,code\n");
        for (int n = 1; n <= 6; n++) {
            for (int day = 0; day < 5; day++) {
                String date = SmallSchool.MONDAY.plusDays(day).toString();
                String am = n == 2 && day == 2 ? "I" : n == 6 && day == 4 ? "O" : "/";
                String pm = n == 6 && day == 4 ? "O" : "\\";
                csv.append(upn(n))
                        .append(',')
                        .append(date)
                        .append(",AM,")
                        .append(am)
                        .append('\n');
                csv.append(upn(n))
                        .append(',')
                        .append(date)
                        .append(",PM,")
                        .append(pm)
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * One carer for each pupil, by post (no email leaves the test): the carer's surname is the pupil's,
     * so the log scan would find it too.
     */
    String contactsCsv() {
        StringBuilder csv = new StringBuilder(
                "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel\n");
        for (int n = 1; n <= 6; n++) {
            csv.append(upn(n))
                    .append(",Robin ")
                    .append(surname(n))
                    .append(",Parent,,")
                    .append(n)
                    .append(" Access Road Oakham AB1 2CD,1,Y,POST\n");
        }
        return csv.toString();
    }

    String user(String role) {
        return "access." + number + "." + role;
    }

    void load(ApiClient admin) {
        ok(admin.putJson("schools/" + urn, "{\"name\":\"" + name + "\",\"phase\":\"secondary\"}"));
        ok(admin.postCsv("schools/" + urn + "/pupils", "pupils.csv", pupilsCsv()));
        ok(admin.postCsv("schools/" + urn + "/marks", "marks.csv", marksCsv()));
        ok(admin.postCsv("schools/" + urn + "/contacts", "contacts.csv", contactsCsv()));
        grant(admin, "lead", "attendance-lead", "");
        grant(admin, "head", "headteacher", "");
        grant(admin, "governor", "governor", "");
        grant(admin, "tutor", "tutor", ",\"forms\":[\"7A\"]");
    }

    private void grant(ApiClient admin, String who, String role, String more) {
        ok(admin.putJson(
                "users/" + user(who),
                "{\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"schools\":[\"" + urn + "\"]" + more
                        + "}"));
    }

    ApiClient as(URL base, String who) {
        return ApiClient.as(base, user(who), PASSWORD);
    }

    /** Starts a governor pack for the week and waits for it to end; answers the finished run. */
    JsonObject governorPack(ApiClient api, String from, String to) {
        return run(api, "GOVERNOR_PACK", from, to, "");
    }

    /** Starts a run of a kind ({@code more}: further JSON members) and waits for it to end; answers the finished run. */
    JsonObject run(ApiClient api, String kind, String from, String to, String more) {
        HttpResponse<String> started = api.postJson(
                "schools/" + urn + "/runs",
                "{\"kind\":\"" + kind + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + more + "}");
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.object(started).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject run;
        do {
            sleep();
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(2, response.statusCode() / 100, response.statusCode() + " " + response.body());
        return response;
    }
}
