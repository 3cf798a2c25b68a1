package org.rollcall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * Bad register files are refused whole: 422 with a problem body naming the file, line and field,
 * and nothing of the file is stored (the figures for the week are the same before and after).
 * Each bad file starts with a good row, which must not be stored either.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadCsvIT {
    private static final String URN = "900200";
    private static final String WEEK = "schools/" + URN + "/attendance?from=2025-09-08&to=2025-09-19";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void school() {
        api = ApiClient.admin(base);
        api.putJson("schools/" + URN, "{\"name\":\"Bad Data Academy\",\"phase\":\"secondary\"}");
        api.postCsv("schools/" + URN + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(200));
        api.postCsv("schools/" + URN + "/marks", "marks.csv", SmallSchool.marksCsv(200));
    }

    private static final String GOOD_ROW = SmallSchool.upn(200, 1) + ",2025-09-15,AM,/\n";

    @Test
    void unknownCode() {
        refused(
                "upn,date,session,code\n" + GOOD_ROW + SmallSchool.upn(200, 1) + ",2025-09-15,PM,Q9\n",
                3,
                "code",
                "Q9");
    }

    @Test
    void badDate() {
        refused(
                "upn,date,session,code\n" + GOOD_ROW + SmallSchool.upn(200, 1) + ",15/09/2025,PM,/\n",
                3,
                "date",
                "15/09/2025");
    }

    @Test
    void missingColumn() {
        refused("upn,date,code\n" + SmallSchool.upn(200, 1) + ",2025-09-15,/\n", 1, "session", "");
    }

    @Test
    void pupilNotKnown() {
        String stranger = SmallSchool.upn(200, 99);
        refused("upn,date,session,code\n" + GOOD_ROW + stranger + ",2025-09-15,PM,/\n", 3, "upn", stranger);
    }

    @Test
    void duplicateMarkInOneFile() {
        refused(
                "upn,date,session,code\n" + GOOD_ROW + SmallSchool.upn(200, 1) + ",2025-09-15,AM,I\n",
                3,
                "session",
                null);
    }

    @Test
    void sessionNeitherAmNorPm() {
        refused(
                "upn,date,session,code\n" + GOOD_ROW + SmallSchool.upn(200, 1) + ",2025-09-15,EVE,/\n",
                3,
                "session",
                "EVE");
    }

    @Test
    void everyErrorIsListedNotJustTheFirst() {
        HttpResponse<String> response = api.postCsv(
                "schools/" + URN + "/marks",
                "many.csv",
                "upn,date,session,code\n" + SmallSchool.upn(200, 1) + ",2025-09-15,AM,Q9\n" + SmallSchool.upn(200, 2)
                        + ",2025-13-01,AM,/\n");
        assertEquals(422, response.statusCode());
        assertEquals(2, ApiClient.object(response).getJsonArray("errors").size());
    }

    @Test
    void badPupilFileIsRefusedWhole() {
        long before = pupils();
        HttpResponse<String> response = api.postCsv(
                "schools/" + URN + "/pupils",
                "pupils.csv",
                "upn,surname,forename,year_group,form\n" + SmallSchool.upn(200, 50) + ",New,Pupil,7,7A\n"
                        + SmallSchool.upn(200, 51) + ",Other,Pupil,Year Seven,7A\n");
        assertEquals(422, response.statusCode(), response.body());
        JsonObject error = ApiClient.object(response).getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("line"));
        assertEquals("year_group", error.getString("field"));
        assertEquals(before, pupils(), "the good first row was not stored either");
    }

    private long pupils() {
        return ApiClient.object(api.get(WEEK)).getInt("pupils");
    }

    private void refused(String csv, int line, String field, String value) {
        JsonObject before = ApiClient.object(api.get(WEEK));
        HttpResponse<String> response = api.postCsv("schools/" + URN + "/marks", "nightly-marks.csv", csv);

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = ApiClient.object(response);
        assertTrue(problem.getString("detail").contains("nothing from it was stored"), problem.toString());
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("nightly-marks.csv", error.getString("file"));
        assertEquals(line, error.getInt("line"), problem.toString());
        assertEquals(field, error.getString("field"), problem.toString());
        if (value != null) {
            assertEquals(value, error.getString("value"), problem.toString());
        }
        assertTrue(!error.getString("reason").isBlank());
        JsonObject after = ApiClient.object(api.get(WEEK));
        assertEquals(
                before.getJsonNumber("possibleSessions"),
                after.getJsonNumber("possibleSessions"),
                "nothing of the file was stored");
        assertEquals(before.getJsonNumber("presentSessions"), after.getJsonNumber("presentSessions"));
    }
}
