package org.rollcall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.SmallSchool;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportAndMeasureIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void healthIsUpWithoutLogin() {
        var response = ApiClient.anonymous(base).get("health");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void importedMarksAreMeasured() {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson("schools/900001", "{\"name\":\"Smoke School\",\"phase\":\"primary\"}")
                        .statusCode());
        var pupils = api.postCsv(
                "schools/900001/pupils",
                "pupils.csv",
                "upn,surname,forename,year_group,form\n" + SmallSchool.upn(1, 1) + ",Smith,Ann,3,3B\n");
        assertEquals(200, pupils.statusCode(), pupils.body());
        var marks = api.postCsv(
                "schools/900001/marks",
                "marks.csv",
                "upn,date,session,code\n" + SmallSchool.upn(1, 1) + ",2025-09-08,AM,/\n" + SmallSchool.upn(1, 1)
                        + ",2025-09-08,PM,I\n");
        assertEquals(200, marks.statusCode(), marks.body());
        JsonObject summary = ApiClient.object(api.get("schools/900001/attendance?from=2025-09-01&to=2025-09-30"));
        assertEquals(2, summary.getJsonNumber("possibleSessions").longValue());
        assertEquals(
                "50.00",
                summary.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
    }
}
