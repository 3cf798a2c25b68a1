package org.rollcall.attendance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.StatsSchool;

/**
 * Every attendance endpoint over one imported register worked out by hand ({@link StatsSchool}):
 * the same numbers through the school, group, pupil, comparison, trend, movement and bottom-10%
 * endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceStatisticsIT {
    private static final String SCHOOL = "schools/" + StatsSchool.URN + "/attendance";
    private static final String WEEK = "from=2025-09-08&to=2025-09-12";
    private static boolean loaded;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    ApiClient api;

    @BeforeEach
    void importTheRegisterOnce() {
        api = ApiClient.admin(base);
        synchronized (AttendanceStatisticsIT.class) {
            if (loaded) {
                return;
            }
            ok(api.putJson("schools/" + StatsSchool.URN, "{\"name\":\"Statistics School\",\"phase\":\"secondary\"}"));
            ok(api.putJson("schools/" + StatsSchool.URN + "/calendar", StatsSchool.calendarJson()));
            ok(api.postCsv("schools/" + StatsSchool.URN + "/pupils", "pupils.csv", StatsSchool.pupilsCsv()));
            ok(api.postCsv("schools/" + StatsSchool.URN + "/marks", "marks.csv", StatsSchool.marksCsv()));
            loaded = true;
        }
    }

    @Test
    void schoolFiguresMatchTheHandWorkedRegister() {
        JsonObject s = get(SCHOOL + "?" + WEEK);
        assertEquals(StatsSchool.URN, s.getString("urn"));
        assertEquals("2025-09-08", s.getString("from"));
        assertWeekFigures(s);
        JsonArray years = s.getJsonArray("yearGroups");
        assertEquals(2, years.size());
        assertEquals("7", years.getJsonObject(0).getString("group"));
        assertEquals(59, years.getJsonObject(0).getInt("possibleSessions"));
        assertEquals("86.44", dec(years.getJsonObject(0), "attendanceRate"));
        assertEquals("50.00", dec(years.getJsonObject(0), "persistentAbsenceRate"));
        assertEquals("80.00", dec(years.getJsonObject(1), "attendanceRate"));
    }

    /** The week of 8 September: 59 of 69 sessions attended, 4 of 7 pupils PA, 1 severe. */
    private static void assertWeekFigures(JsonObject s) {
        assertEquals(69, s.getInt("possibleSessions"));
        assertEquals(59, s.getInt("presentSessions"));
        assertEquals(4, s.getInt("authorisedAbsenceSessions"));
        assertEquals(6, s.getInt("unauthorisedAbsenceSessions"));
        assertEquals("85.51", dec(s, "attendanceRate"));
        assertEquals("14.49", dec(s, "overallAbsenceRate"));
        assertEquals("5.80", dec(s, "authorisedAbsenceRate"));
        assertEquals("8.70", dec(s, "unauthorisedAbsenceRate"));
        assertEquals(7, s.getInt("pupils"));
        assertEquals(4, s.getInt("persistentAbsentees"));
        assertEquals("57.14", dec(s, "persistentAbsenceRate"));
        assertEquals(1, s.getInt("severeAbsentees"));
        assertEquals("14.29", dec(s, "severeAbsenceRate"));
        assertEquals(1, s.getInt("lateBeforeClose"));
        assertEquals(1, s.getInt("lateAfterClose"));
        assertEquals(1, s.getInt("approvedActivitySessions"));
        JsonObject n = s.getJsonArray("absenceByReason").getJsonObject(0);
        assertEquals("N", n.getString("code"));
        assertEquals(5, n.getInt("sessions"));
        assertEquals("7.25", dec(n, "rateOfPossibleSessions"));
        assertEquals("50.00", dec(n, "shareOfAbsence"));
        assertEquals(1, s.getJsonObject("sessionsByCode").getInt("X"), "not possible: shown, in no figure");
    }

    @Test
    void groupsHaveTheirOwnFiguresAndGapToTheRest() {
        JsonArray years = array(SCHOOL + "/groups?" + WEEK + "&by=year");
        assertEquals(
                List.of("7", "8"),
                years.stream().map(v -> ((JsonObject) v).getString("group")).toList());
        JsonObject year7 = years.getJsonObject(0);
        assertEquals(6, year7.getInt("pupils"));
        assertEquals(51, year7.getInt("presentSessions"));
        // 51/59 - 8/10 = 86.44 - 80.00
        assertEquals("6.44", dec(year7.getJsonObject("gapToRest"), "attendanceRate"));

        JsonArray forGovernors = array(SCHOOL + "/groups?" + WEEK + "&by=year&audience=governors");
        assertTrue(forGovernors.getJsonObject(1).getBoolean("suppressed"), "Year 8 has one pupil");
        assertTrue(
                forGovernors.getJsonObject(0).getBoolean("suppressed"), "Year 7 would give Year 8 away by subtraction");
        assertFalse(forGovernors.getJsonObject(0).containsKey("attendanceRate"));
    }

    @Test
    void groupsByCharacteristicsFromThePupilImport() {
        JsonArray fsm = array(SCHOOL + "/groups?" + WEEK + "&by=fsm");
        assertEquals(2, fsm.size(), fsm.toString());
        JsonObject yes = fsm.getJsonObject(0);
        assertEquals("Yes", yes.getString("group"));
        assertEquals(3, yes.getInt("pupils"));
        assertEquals("80.00", dec(yes, "attendanceRate"));
        assertEquals("66.67", dec(yes, "persistentAbsenceRate"));
        assertEquals("-9.74", dec(yes.getJsonObject("gapToRest"), "attendanceRate"));
        assertEquals("89.74", dec(fsm.getJsonObject(1), "attendanceRate"));

        JsonArray sen = array(SCHOOL + "/groups?" + WEEK + "&by=sen");
        assertEquals(
                List.of("N", "K", "E"),
                sen.stream().map(v -> ((JsonObject) v).getString("group")).toList());
        assertEquals("94.87", dec(sen.getJsonObject(0), "attendanceRate"));
        assertEquals("85.00", dec(sen.getJsonObject(1), "attendanceRate"));
        assertEquals("50.00", dec(sen.getJsonObject(2), "attendanceRate"));
    }

    @Test
    void aPupilHasBandTrackFlagsAndTarget() {
        String p1 = "schools/" + StatsSchool.URN + "/pupils/" + StatsSchool.upn(1) + "/attendance";
        JsonObject p = get(p1 + "?from=2025-09-08&to=2025-10-10");
        assertEquals(50, p.getInt("possibleSessions"));
        assertEquals(42, p.getInt("presentSessions"));
        assertEquals("84.00", dec(p, "attendanceRate"));
        assertTrue(p.getBoolean("persistentAbsence"));
        assertFalse(p.getBoolean("severeAbsence"));
        assertEquals("SERIOUS_CONCERN", p.getString("band"), "84% is at or below 85%");
        assertEquals("FALLING", p.getString("track"), "100% in the first week, 80% in the last four");
        assertEquals(2, p.getInt("weeksAtOrBelowReferralLimit"), "85.0% after week 4, 84.0% after week 5");
        assertEquals(List.of("PERSISTENT_ABSENCE", "STAGE_3_MONITORING"), flags(p));
        // 18 of 20 sessions in the year before the term (90%): own figure plus 2 points
        assertEquals("92.0", dec(p, "target"));
        assertEquals("DEFAULT_RULE", p.getString("targetSource"));
        JsonObject distance = p.getJsonObject("sessionsToTarget");
        assertEquals(
                88,
                distance.getInt("remainingSessions"),
                "13 October to 19 December: 50 weekdays, less half term and INSET");
        assertEquals(50, distance.getInt("sessionsWithoutAbsence"), "(42 + 50) / (50 + 50) = 92%");
        assertEquals(
                85, distance.getInt("sessionsOfRemainingToAttend"), "(42 + 85) / 138 = 92.03%, 126 / 138 = 91.30%");

        assertEquals(
                204,
                api.putJson(p1 + "/target", "{\"termStart\":\"2025-09-01\",\"target\":90}")
                        .statusCode());
        JsonObject overridden = get(p1 + "?from=2025-09-08&to=2025-10-10");
        assertEquals("SCHOOL_OVERRIDE", overridden.getString("targetSource"));
        assertEquals(
                0, overridden.getJsonNumber("target").bigDecimalValue().compareTo(java.math.BigDecimal.valueOf(90)));
        assertEquals(
                30, overridden.getJsonObject("sessionsToTarget").getInt("sessionsWithoutAbsence"), "72 / 80 = 90%");
        assertEquals(
                83, overridden.getJsonObject("sessionsToTarget").getInt("sessionsOfRemainingToAttend"), "125 / 138");
        assertEquals(204, api.delete(p1 + "/target?termStart=2025-09-01").statusCode());
        assertEquals("DEFAULT_RULE", get(p1 + "?from=2025-09-08&to=2025-10-10").getString("targetSource"));
    }

    @Test
    void bandLimitsAreTheSchoolsPolicy() {
        String p1 = "schools/" + StatsSchool.URN + "/pupils/" + StatsSchool.upn(1)
                + "/attendance?from=2025-09-08&to=2025-10-10";
        String bands = "{\"excellent\":98,\"earlyConcern\":96,\"atRisk\":93,\"persistentAbsence\":91,\"serious\":80}";
        ok(api.putJson(SCHOOL + "/bands", bands));
        try {
            JsonObject p = get(p1);
            assertEquals("PERSISTENT_ABSENCE", p.getString("band"), "84% is above this school's 80% limit");
            assertEquals(0, p.getInt("weeksAtOrBelowReferralLimit"));
            assertEquals("91.00", dec(get(SCHOOL + "/policy").getJsonObject("bands"), "persistentAbsence"));
            assertEquals(
                    400,
                    api.putJson(
                                    SCHOOL + "/bands",
                                    "{\"excellent\":90,\"earlyConcern\":96,\"atRisk\":93,\"persistentAbsence\":91,\"serious\":80}")
                            .statusCode());
        } finally {
            ok(api.putJson(
                    SCHOOL + "/bands",
                    "{\"excellent\":97,\"earlyConcern\":95,\"atRisk\":92,\"persistentAbsence\":90,\"serious\":85}"));
        }
    }

    @Test
    void comparedWithLastYearNationalFiguresAndTargets() {
        ok(api.putJson(SCHOOL + "/targets", "{\"attendance\":96,\"persistentAbsence\":15}"));
        JsonObject c = get(SCHOOL + "/comparisons?" + WEEK);
        assertWeekFigures(c.getJsonObject("current"));
        JsonObject lastYear = c.getJsonObject("lastYear");
        assertEquals("2024-09-02", lastYear.getString("from"), "the same week of the previous academic year");
        assertEquals("2024-09-06", lastYear.getString("to"));
        assertEquals(20, lastYear.getInt("possibleSessions"));
        assertEquals("75.00", dec(lastYear, "attendanceRate"));
        assertEquals("50.00", dec(lastYear, "persistentAbsenceRate"));
        JsonObject change = c.getJsonObject("changeSinceLastYear");
        assertEquals("10.51", dec(change, "attendanceRate"), "59/69 - 15/20, rounded once");
        assertEquals("7.14", dec(change, "persistentAbsenceRate"), "4/7 - 1/2");
        JsonObject national = c.getJsonObject("national");
        assertEquals("2023/24", national.getString("year"), "the latest published before 2025/26");
        assertEquals("7.10", dec(national, "overallAbsence"));
        assertEquals("7.39", dec(national.getJsonObject("differences"), "overallAbsence"), "14.49 - 7.10");
        JsonObject targets = c.getJsonObject("targets");
        assertEquals("NOT_MET", targets.getString("attendance"));
        assertEquals("85.51", dec(targets, "attendanceActual"));
        assertEquals("NOT_MET", targets.getString("persistentAbsence"));
    }

    @Test
    void weeklyTrendAndDayOfWeek() {
        JsonObject t = get(SCHOOL + "/trend?from=2025-09-08&to=2025-10-10");
        JsonArray weekly = t.getJsonArray("weekly");
        assertEquals(5, weekly.size());
        assertEquals("2025-09-08", weekly.getJsonObject(0).getString("label"));
        assertEquals("85.51", dec(weekly.getJsonObject(0), "attendanceRate"));
        assertEquals("80.00", dec(weekly.getJsonObject(1), "attendanceRate"), "only P1 from 15 September");
        JsonArray days = get(SCHOOL + "/trend?" + WEEK).getJsonArray("dayOfWeek");
        assertEquals(
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                days.stream().map(v -> ((JsonObject) v).getString("label")).toList());
        assertEquals(
                List.of("100.00", "78.57", "85.71", "78.57", "84.62"),
                days.stream().map(v -> dec((JsonObject) v, "attendanceRate")).toList());
        assertEquals(13, days.getJsonObject(4).getInt("possibleSessions"), "P5's X on Friday afternoon");
    }

    @Test
    void persistentAbsenceMovementAndBottomTenPercent() {
        JsonObject m =
                get(SCHOOL + "/pa-movement?earlierFrom=2025-09-08&earlierTo=2025-09-12&from=2025-09-15&to=2025-10-10");
        assertEquals(1, m.getInt("newToPa"));
        assertEquals(
                List.of(StatsSchool.upn(1)),
                m.getJsonObject("pupils").getJsonArray("newToPa").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(0, m.getInt("leftPa"));
        assertEquals(4, m.getInt("paNoLongerMeasured"), "P2, P3, P6 and P7 have no marks later");

        JsonArray bottom = array(SCHOOL + "/bottom?" + WEEK);
        assertEquals(1, bottom.size(), "10% of 7 pupils, rounded up");
        assertEquals(StatsSchool.upn(6), bottom.getJsonObject(0).getString("upn"));
        assertEquals("50.00", dec(bottom.getJsonObject(0), "attendanceRate"));
        assertEquals(
                "N",
                bottom.getJsonObject(0)
                        .getJsonArray("mainReasons")
                        .getJsonObject(0)
                        .getString("code"));
    }

    @Test
    void nationalBenchmarksAreEditableReferenceData() {
        JsonArray all = array("national-benchmarks");
        assertTrue(
                all.stream()
                        .anyMatch(v -> ((JsonObject) v).getString("year").equals("2018/19")
                                && ((JsonObject) v).get("severeAbsence") == JsonValue.NULL),
                all.toString());
        ok(api.putJson(
                "national-benchmarks/2030-31",
                "{\"overallAbsence\":6.5,\"unauthorisedAbsence\":2.1,"
                        + "\"persistentAbsence\":17.8,\"severeAbsence\":2.2,\"source\":\"Test source\"}"));
        JsonObject year = get("national-benchmarks/2030-31");
        assertEquals("17.80", dec(year, "persistentAbsence"));
        assertEquals("Test source", year.getString("source"));
        assertEquals(
                400,
                api.putJson("national-benchmarks/2030-32", "{\"source\":\"x\"}").statusCode());
        assertEquals(
                400,
                api.putJson("national-benchmarks/2030-31", "{\"overallAbsence\":6.5}")
                        .statusCode(),
                "source is required");
    }

    @Test
    void badRequestsAreProblems() {
        problem(400, SCHOOL + "/groups?" + WEEK + "&by=shoe-size", "shoe-size");
        problem(400, SCHOOL + "/groups?" + WEEK, "'by' is required");
        problem(400, SCHOOL + "?from=2025-09-31&to=2025-10-01", "not a date");
        problem(400, SCHOOL + "?from=2025-09-12&to=2025-09-08", "before it starts");
        problem(400, SCHOOL + "?to=2025-09-08", "'from' is required");
        problem(400, SCHOOL + "/pa-movement?" + WEEK, "'earlierFrom' is required");
        problem(400, SCHOOL + "/bottom?" + WEEK + "&percent=0", "percent");
        problem(400, SCHOOL + "/groups?" + WEEK + "&by=year&audience=parents", "audience");
        problem(404, "schools/999999/attendance?" + WEEK, "999999");
        problem(404, "schools/999999/attendance/groups?" + WEEK + "&by=year", "999999");
        problem(404, "schools/" + StatsSchool.URN + "/pupils/A999999999999/attendance?" + WEEK, "No pupil");
        problem(404, "national-benchmarks/2001-02", "2001/02");
    }

    private void problem(int status, String path, String detailContains) {
        HttpResponse<String> r = api.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        assertTrue(ApiClient.object(r).getString("detail").contains(detailContains), r.body());
    }

    private static List<String> flags(JsonObject pupil) {
        return pupil.getJsonArray("flags").stream()
                .map(v -> ((JsonObject) v).getString("flag"))
                .toList();
    }

    private JsonObject get(String path) {
        return ApiClient.object(ok(api.get(path)));
    }

    private JsonArray array(String path) {
        return ApiClient.array(ok(api.get(path)));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return response;
    }

    static String dec(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().toPlainString();
    }
}
