package org.rollcall.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.Problems;

/**
 * The term schedule on a real server and database, by today's date: a school whose schedule has
 * been in force since 1 September and whose server missed the term's first day gets that run
 * when the schedule is next checked, once; a date still to come and one of last year are not made.
 * The calendar is built around today: last year's summer term, and this year's one long term.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleIT {
    private static final String URN = "900861";
    private static final String S = "schools/" + URN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private final LocalDate yearStart =
            LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    private final LocalDate termStart = weekdayOnOrAfter(yearStart);
    private final LocalDate termEnd =
            weekdayOnOrBefore(yearStart.plusYears(1).withDayOfMonth(20).withMonth(8));
    private final LocalDate lastSummerStart = weekdayOnOrAfter(LocalDate.of(yearStart.getYear(), 4, 20));
    private final LocalDate lastSummerEnd = weekdayOnOrBefore(LocalDate.of(yearStart.getYear(), 7, 20));

    @Test
    void aMissedTermStartIsCaughtUpOnceAndNothingElseIsMade() throws Exception {
        Assumptions.assumeTrue(today.isAfter(termStart), "the first school day of the year is still to come");
        ApiClient api = ApiClient.admin(base);
        Problems.ok(api.putJson(S, "{\"name\":\"Schedule Park School\",\"phase\":\"primary\"}"));

        JsonObject defaults = ApiClient.object(api.get(S + "/schedule"));
        assertTrue(defaults.getBoolean("defaults"));
        assertEquals(4, defaults.getJsonArray("entries").size());
        assertEquals(0, defaults.getJsonArray("next").size(), "no calendar, no dates");

        Problems.ok(api.putJson(S + "/calendar", calendarJson()));
        Problems.ok(
                api.putJson(
                        S + "/schedule",
                        """
                [{"kind":"GOVERNOR_PACK","at":"TERM_START","offsetSchoolDays":0,"window":"YEAR_TO_DATE"},
                 {"kind":"STAFF_DATA","at":"TERM_END","offsetSchoolDays":0,"window":"TERM_TO_DATE"},
                 {"kind":"PARENT_PRINTOUTS","at":"TERM_START","window":"TERM_TO_DATE","term":"Summer"}]"""));
        JsonObject schedule = ApiClient.object(api.get(S + "/schedule"));
        assertFalse(schedule.getBoolean("defaults"));
        JsonArray next = schedule.getJsonArray("next");
        assertEquals(1, next.size(), next.toString());
        assertEquals("STAFF_DATA", next.getJsonObject(0).getString("kind"));
        assertEquals(termEnd.toString(), next.getJsonObject(0).getString("date"));
        assertEquals(termStart.toString(), next.getJsonObject(0).getString("from"));

        // just set: the term's first day was before the schedule took effect, so nothing is made
        assertEquals(0, check(api));
        backDate(yearStart);

        assertEquals(1, check(api), "the missed term start");
        assertEquals(0, check(api), "made once");
        JsonArray runs = ApiClient.object(api.get(S + "/schedule")).getJsonArray("runs");
        assertEquals(1, runs.size(), runs.toString());
        JsonObject made = runs.getJsonObject(0);
        assertEquals("GOVERNOR_PACK", made.getString("kind"));
        assertEquals(termStart.toString(), made.getString("dueOn"));
        // a run on the year's first day reports on the year before: last summer's term, its last school day
        assertEquals(yearStart.minusYears(1).toString(), made.getString("from"));
        assertEquals(lastSummerEnd.toString(), made.getString("to"));
        JsonObject run =
                ApiClient.object(api.get("runs/" + made.getJsonNumber("runId").longValue()));
        assertEquals("schedule", run.getString("requestedBy"));
        assertEquals(URN, run.getString("urn"));

        SQLException duplicate = assertThrows(SQLException.class, () -> insertAgain(made));
        assertEquals(1062, duplicate.getErrorCode(), "the database refuses a second row for the same run");
    }

    @Test
    void aBadScheduleIsRefusedWholeNamingTheField() {
        ApiClient api = ApiClient.admin(base);
        Problems.ok(api.putJson("schools/900862", "{\"name\":\"Bad Schedule School\",\"phase\":\"primary\"}"));
        Problems.assertProblem(
                api.putJson(
                        "schools/900862/schedule",
                        "[{\"kind\":\"GOVERNOR_PACK\",\"at\":\"TERM_END\",\"offsetSchoolDays\":-5,\"window\":\"TERM\"}]"),
                400,
                "[0].window");
        Problems.assertProblem(
                api.putJson(
                        "schools/900862/schedule",
                        "[{\"kind\":\"NEWSLETTER\",\"at\":\"TERM_END\",\"window\":\"HALF_TERM\"}]"),
                400,
                "[0].kind");
        assertTrue(ApiClient.object(api.get("schools/900862/schedule")).getBoolean("defaults"), "nothing kept");
        assertEquals(404, api.get("schools/999999/schedule").statusCode());
    }

    private int check(ApiClient api) {
        return ApiClient.object(Problems.ok(api.postJson("schedule/check?urn=" + URN, "")))
                .getInt("started");
    }

    private String calendarJson() {
        return """
                {"academicYears": [
                 {"name": "%s", "start": "%s", "end": "%s",
                  "terms": [{"name": "Summer", "start": "%s", "end": "%s"}]},
                 {"name": "%s", "start": "%s", "end": "%s",
                  "terms": [{"name": "Autumn", "start": "%s", "end": "%s"}]}]}"""
                .formatted(
                        label(yearStart.minusYears(1)),
                        yearStart.minusYears(1),
                        yearStart.minusDays(1),
                        lastSummerStart,
                        lastSummerEnd,
                        label(yearStart),
                        yearStart,
                        yearStart.plusYears(1).minusDays(1),
                        termStart,
                        termEnd);
    }

    /** As if the school had set its schedule on that day. */
    private static void backDate(LocalDate day) throws SQLException {
        try (Connection c = database();
                PreparedStatement update = c.prepareStatement("UPDATE school_schedule SET effective_from = ?"
                        + " WHERE school_id = (SELECT id FROM school WHERE urn = ?)")) {
            update.setObject(1, day.atStartOfDay());
            update.setString(2, URN);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static void insertAgain(JsonObject made) throws SQLException {
        try (Connection c = database();
                PreparedStatement insert = c.prepareStatement("INSERT INTO scheduled_run (school_id, kind, window_from,"
                        + " window_to, due_on, claimed_by, claimed_at) SELECT id, ?, ?, ?, ?, 'test', NOW() FROM school"
                        + " WHERE urn = ?")) {
            insert.setString(1, made.getString("kind"));
            insert.setObject(2, LocalDate.parse(made.getString("from")));
            insert.setObject(3, LocalDate.parse(made.getString("to")));
            insert.setObject(4, LocalDate.parse(made.getString("dueOn")));
            insert.setString(5, URN);
            insert.executeUpdate();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItEnvironment.jdbcUrl(), "rollcall", "rollcall");
    }

    private static String label(LocalDate start) {
        return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    private static LocalDate weekdayOnOrBefore(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.minusDays(1);
        }
        return x;
    }
}
