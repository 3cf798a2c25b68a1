package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.PdfCompliance;
import org.rollcall.testing.StatsSchool;

/**
 * Issue 10's test of the full governor pack: the statistics fixture (StatsSchool's register, calendar with a
 * summer term before the autumn window) at a school of its own, with targets, a closed self-evaluation round after
 * an earlier one, and an action plan with one overdue action. Every section of the pack is read back with PDFBox and
 * its figures compared with the API's for the same window; no pupil's name or UPN appears; veraPDF passes.
 *
 * The window is 8 September to 10 October 2025: P1 attends 10 of 10 then 8 of 10 for four weeks (42 of 50, 16%
 * absent: PA and the only pupil with 20 or more possible sessions, so the 15% to under 20% band holds 1 pupil).
 * P1 was PA in the summer term (8 of 10 in June): stayed PA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernorPackContentsIT {
    private static final String URN = "900402";
    private static final String SCHOOL = "schools/" + URN;
    private static final String WINDOW = "from=2025-09-08&to=2025-10-10";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final List<String> CHEVRONS =
            List.of("1.1", "1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everySectionOfThePackCarriesTheApisFiguresAndNoPupil() throws Exception {
        ApiClient api = ApiClient.admin(base);
        school(api);
        evaluation(api);

        JsonObject run = Runs.runToEnd(
                api, SCHOOL, "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"2025-09-08\",\"to\":\"2025-10-10\"}");
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        var download = api.getBytes(
                "documents/" + run.getJsonArray("documentIds").getJsonNumber(0).longValue());
        assertEquals(200, download.statusCode());
        byte[] pdf = download.body();
        PdfCompliance.assertCompliant(pdf, "the full governor pack");
        String text = Runs.text(pdf);

        targets(api, text);
        trend(api, text);
        movementAndBands(api, text);
        reasons(api, text);
        selfEvaluation(api, text);
        assertFalse(
                text.contains("Interventions and their impact"), "no intervention recorded: the section is left out");
        for (int pupil = 1; pupil <= 7; pupil++) {
            assertFalse(
                    text.contains("P" + pupil + " ") || text.contains(StatsSchool.upn(pupil)),
                    "pupil " + pupil + " is not named");
        }
    }

    private void school(ApiClient api) {
        ok(api.putJson(SCHOOL, "{\"name\":\"Full Pack School\",\"phase\":\"secondary\"}"));
        ok(api.putJson(SCHOOL + "/calendar", StatsSchool.calendarJson()));
        ok(api.postCsv(SCHOOL + "/pupils", "pupils.csv", StatsSchool.pupilsCsv()));
        ok(api.postCsv(SCHOOL + "/marks", "marks.csv", StatsSchool.marksCsv()));
        ok(api.putJson(SCHOOL + "/attendance/targets", "{\"attendance\":96,\"persistentAbsence\":15}"));
    }

    private void targets(ApiClient api, String text) {
        JsonObject targets =
                ok(api.get(SCHOOL + "/attendance/comparisons?" + WINDOW)).getJsonObject("targets");
        JsonObject figures = ok(api.get(SCHOOL + "/attendance?" + WINDOW));
        assertTrue(text.contains("Headline figures against the school's targets"), text);
        // 91 of 109 sessions attended (83.49%) against 96: not met; 5 of 7 pupils PA (71.43%) against at most 15: not
        // met
        assertEquals(
                "83.49",
                figures.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
        assertTrue(text.contains("Attendance (at least) 96.00% " + rate(figures) + " not met"), targets + " " + text);
        assertTrue(
                text.contains(
                        "Persistent absence (at most) 15.00% " + rate(figures, "persistentAbsenceRate") + " not met"),
                text);
    }

    private void trend(ApiClient api, String text) {
        JsonObject trend = ok(api.get(SCHOOL + "/attendance/trend?" + WINDOW));
        JsonObject lastYear = ok(api.get(SCHOOL + "/attendance/trend?from=2024-09-02&to=2024-10-04"));
        assertTrue(text.contains("Weekly attendance against the same weeks last year"), text);
        List<JsonObject> weeks = trend.getJsonArray("weekly").getValuesAs(JsonObject.class);
        assertEquals(5, weeks.size());
        JsonObject first = weeks.get(0);
        JsonObject firstLastYear = lastYear.getJsonArray("weekly").getJsonObject(0);
        assertEquals("2024-09-02", firstLastYear.getString("label"));
        assertTrue(
                text.contains(LONG.format(LocalDate.parse(first.getString("label"))) + " " + rate(first) + " "
                        + rate(firstLastYear)),
                "week of 8 September against 2 September 2024: " + text);
        JsonObject second = weeks.get(1);
        assertEquals(
                "80.00",
                second.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString(),
                "P1 alone, 8 of 10");
        assertTrue(text.contains("15 September 2025 80.00% –"), "no register last year that week: " + text);
    }

    private void movementAndBands(ApiClient api, String text) {
        JsonObject m =
                ok(api.get(SCHOOL + "/attendance/pa-movement?earlierFrom=2025-04-22&earlierTo=2025-07-22&" + WINDOW));
        assertEquals(1, m.getInt("stayedPa"), "P1: PA in June and now");
        assertTrue(text.contains("Movement since the Summer term 2024/25"), text);
        assertTrue(text.contains("New to persistent absence " + m.getInt("newToPa")), text);
        assertTrue(text.contains("No longer persistently absent " + m.getInt("leftPa")), text);
        assertTrue(text.contains("Persistently absent in both " + m.getInt("stayedPa")), text);
        JsonObject figures = ok(api.get(SCHOOL + "/attendance?" + WINDOW));
        assertTrue(
                text.contains("Persistent absence (missing 10% or more) " + figures.getInt("persistentAbsentees") + " "
                        + rate(figures, "persistentAbsenceRate")),
                text);
        assertTrue(text.contains("Severe absence (missing 50% or more) " + figures.getInt("severeAbsentees")), text);
        assertTrue(text.contains("1 pupils with at least 20 possible sessions"), text);
        assertTrue(text.contains("15% to under 20% 1 100.00%"), "P1 missed 8 of 50, 16%: " + text);
        assertTrue(text.contains("0% to under 5% 0 0.00%"), text);
        assertTrue(text.contains("50% and over 0 0.00%"), text);
    }

    private void reasons(ApiClient api, String text) {
        JsonObject figures = ok(api.get(SCHOOL + "/attendance?" + WINDOW));
        List<JsonObject> reasons = figures.getJsonArray("absenceByReason").getValuesAs(JsonObject.class);
        assertFalse(reasons.isEmpty());
        assertTrue(text.contains("Absence by reason"), text);
        for (JsonObject r : reasons) {
            String code = r.getString("code");
            assertTrue(
                    text.contains("(" + code + ") " + r.getJsonNumber("sessions") + " "
                            + rate(r, "rateOfPossibleSessions") + " " + rate(r, "shareOfAbsence")),
                    "reason " + code + " with the API's figures: " + text);
        }
        assertTrue(text.contains("Illness (I)"), "reasons in words: " + text);
    }

    private void selfEvaluation(ApiClient api, String text) {
        JsonObject summary = ok(api.get(SCHOOL + "/self-evaluation?framework=rag"));
        assertTrue(text.contains("Self-evaluation of attendance practice"), text);
        for (JsonObject line : summary.getJsonArray("scores").getValuesAs(JsonObject.class)) {
            assertTrue(
                    text.contains(
                            line.getString("item") + " " + line.getString("title") + " " + line.getInt("score") + " "),
                    "grid score of " + line.getString("item") + ": " + text);
        }
        assertTrue(text.contains("Amber Partly in place: developing up 3 (was 4)"), "Recent data: 4 then 7: " + text);
        assertTrue(text.contains("Chevrons where respondents disagreed"), text);
        JsonObject disagreement = summary.getJsonArray("disagreements").getJsonObject(0);
        assertEquals("1.1", disagreement.getString("item"));
        assertTrue(text.contains(disagreement.getString("title") + " 2 4 9 5"), "1.1 scored 4 and 9: " + text);
        JsonObject overdue = summary.getJsonArray("overdueActions").getJsonObject(0);
        assertTrue(
                text.contains("Action plan")
                        && text.contains("In progress 1")
                        && text.contains("Done 1")
                        && text.contains("Not started 1"),
                text);
        assertTrue(
                text.contains(
                        overdue.getString("description") + " 1.1 " + overdue.getString("owner") + " 1 January 2020"),
                "the overdue action with owner and due date: " + text);
        JsonObject step = summary.getJsonArray("nextSteps").getJsonObject(0);
        assertTrue(
                text.contains("Next steps from the guidance")
                        && text.contains("1.1 " + step.getString("title") + " (Amber, 7): "
                                + step.getJsonObject("guidance")
                                        .getJsonArray("expectations")
                                        .getJsonObject(0)
                                        .getString("expectation")),
                text);
    }

    /** Last year Recent data Red 4; this year two respondents 4 and 9 (disagree), agreed Amber 7, the rest Green 9. */
    private void evaluation(ApiClient api) {
        long lastYear = round(api, "Autumn 2024 review", "2024-11-15");
        long office = id(created(
                api.postJson("audits/" + lastYear + "/respondents", "{\"name\":\"Office\",\"kind\":\"STAFF\"}")));
        created(api.postJson(
                "audits/" + lastYear + "/responses", "{\"item\":\"1.1\",\"score\":4,\"respondent\":" + office + "}"));
        ok(api.postJson("audits/" + lastYear + "/close-scoring", ""));
        CHEVRONS.forEach(c -> ok(
                api.putJson("audits/" + lastYear + "/agreed/" + c, "{\"score\":" + (c.equals("1.1") ? 4 : 6) + "}")));
        ok(api.postJson("audits/" + lastYear + "/close", ""));

        long round = round(api, "Autumn 2025 review", "2025-11-14");
        long one = id(created(
                api.postJson("audits/" + round + "/respondents", "{\"name\":\"Staff one\",\"kind\":\"STAFF\"}")));
        long two = id(created(
                api.postJson("audits/" + round + "/respondents", "{\"name\":\"A parent\",\"kind\":\"PARENT\"}")));
        created(api.postJson(
                "audits/" + round + "/responses", "{\"item\":\"1.1\",\"score\":4,\"respondent\":" + one + "}"));
        created(api.postJson(
                "audits/" + round + "/responses", "{\"item\":\"1.1\",\"score\":9,\"respondent\":" + two + "}"));
        ok(api.postJson("audits/" + round + "/close-scoring", ""));
        CHEVRONS.forEach(c ->
                ok(api.putJson("audits/" + round + "/agreed/" + c, "{\"score\":" + (c.equals("1.1") ? 7 : 9) + "}")));
        created(api.postJson(
                "audits/" + round + "/actions",
                action("1.1", "Weekly list of pupils at risk of PA", "2020-01-01", "IN_PROGRESS")));
        created(api.postJson(
                "audits/" + round + "/actions", action("1.2b", "Attendance CPD for all tutors", "2999-07-01", null)));
        JsonObject done = created(api.postJson(
                "audits/" + round + "/actions", action("2.2c", "Termly printout to parents", "2020-02-01", null)));
        ok(api.putJson("audits/" + round + "/actions/" + done.getInt("id") + "/status", "{\"status\":\"DONE\"}"));
        ok(api.postJson("audits/" + round + "/close", ""));
    }

    private static long round(ApiClient api, String title, String heldOn) {
        return id(created(api.postJson(
                SCHOOL + "/audits",
                "{\"framework\":\"rag\",\"title\":\"" + title + "\",\"heldOn\":\"" + heldOn + "\"}")));
    }

    private static String action(String item, String description, String due, String status) {
        return "{\"item\":\"" + item + "\",\"description\":\"" + description
                + "\",\"priority\":\"HIGH\",\"owner\":\"Attendance lead\"," + "\"dueOn\":\"" + due + "\""
                + (status == null ? "" : ",\"status\":\"" + status + "\"") + "}";
    }

    private static String rate(JsonObject o) {
        return rate(o, "attendanceRate");
    }

    private static String rate(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL
                ? "–"
                : ((JsonNumber) v).bigDecimalValue().toPlainString() + "%";
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.object(response);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.object(response);
    }
}
