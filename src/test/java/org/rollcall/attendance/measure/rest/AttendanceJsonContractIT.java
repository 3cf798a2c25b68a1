package org.rollcall.attendance.measure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.rollcall.testing.SmallSchool;

/**
 * The JSON {@code GET /schools/{urn}/attendance} really answers, read as a client reads it: every
 * contract field is a top-level plain number, in the school object and in each year group, and a
 * rate with nothing to divide by is {@code null}, present but empty. The register is
 * {@link SmallSchool}'s week, worked out by hand there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceJsonContractIT {
    private static final String URN = "900802";
    private static final int NUMBER = 802;
    private static final List<String> COUNTS = List.of(
            "possibleSessions",
            "presentSessions",
            "authorisedAbsenceSessions",
            "unauthorisedAbsenceSessions",
            "pupils",
            "persistentAbsentees",
            "severeAbsentees",
            "lateBeforeClose",
            "lateAfterClose");
    private static final List<String> RATES = List.of(
            "attendanceRate",
            "overallAbsenceRate",
            "authorisedAbsenceRate",
            "unauthorisedAbsenceRate",
            "persistentAbsenceRate",
            "severeAbsenceRate");
    private static boolean loaded;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    ApiClient api;

    @BeforeEach
    void theSmallSchoolsWeek() {
        api = ApiClient.admin(base);
        if (!loaded) {
            ok(api.putJson("schools/" + URN, "{\"name\":\"Contract Primary\",\"phase\":\"primary\"}"));
            ok(api.postCsv("schools/" + URN + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(NUMBER)));
            ok(api.postCsv("schools/" + URN + "/marks", "marks.csv", SmallSchool.marksCsv(NUMBER)));
            loaded = true;
        }
    }

    private static void ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    private JsonObject figures(String from, String to) {
        HttpResponse<String> response = api.get("schools/" + URN + "/attendance?from=" + from + "&to=" + to);
        ok(response);
        assertEquals(
                "application/json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return ApiClient.object(response);
    }

    private static String number(JsonObject o, String field) {
        assertEquals(JsonValue.ValueType.NUMBER, o.get(field).getValueType(), field);
        return o.getJsonNumber(field).bigDecimalValue().toPlainString();
    }

    @Test
    void theSchoolsFiguresAreTopLevelNumbersWithTheContractNames() {
        JsonObject week = figures("2025-09-08", "2025-09-12");
        List<String> counts = COUNTS.stream().map(f -> number(week, f)).toList();
        assertEquals(List.of("69", "59", "4", "6", "7", "4", "1", "1", "0"), counts);
        List<String> rates = RATES.stream().map(f -> number(week, f)).toList();
        assertEquals(List.of("85.51", "14.49", "5.80", "8.70", "57.14", "14.29"), rates);
    }

    @Test
    void eachYearGroupCarriesTheSameFields() {
        JsonObject year7 =
                figures("2025-09-08", "2025-09-12").getJsonArray("yearGroups").getJsonObject(0);
        assertEquals("7", year7.getString("group"));
        // P1 to P6: 59 possible, 51 attended; PA P2, P3, P6 of 6
        assertEquals(List.of("59", "51"), List.of(number(year7, "possibleSessions"), number(year7, "presentSessions")));
        assertEquals(
                List.of("86.44", "50.00"),
                List.of(number(year7, "attendanceRate"), number(year7, "persistentAbsenceRate")));
        COUNTS.forEach(f -> number(year7, f));
    }

    @Test
    void aWeekendHasNoSessionsSoEveryRateIsNullNotZero() {
        JsonObject weekend = figures("2025-09-13", "2025-09-14");
        assertEquals("0", number(weekend, "possibleSessions"));
        assertEquals("0", number(weekend, "pupils"));
        for (String rate : RATES) {
            assertTrue(weekend.containsKey(rate), rate + " is in the body");
            assertEquals(JsonValue.ValueType.NULL, weekend.get(rate).getValueType(), rate);
        }
    }
}
