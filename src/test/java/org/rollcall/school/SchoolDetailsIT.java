package org.rollcall.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rollcall.testing.Problems.assertProblem;

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

/** The school's details the letters print, and the staff list: kept, replaced, and bad input refused whole. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolDetailsIT {
    static final String S = "schools/900910";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void detailsAreReturnedAndKeptWhenAPutLeavesThemOut() {
        ApiClient api = ApiClient.admin(base);
        JsonObject put = ApiClient.object(
                api.putJson(
                        S,
                        "{\"name\":\"Detail School\",\"phase\":\"primary\","
                                + "\"address\":[\"1 School Lane\",\"Ashford\"],\"phone\":\"01234 111222\",\"website\":\"https://detail.example\","
                                + "\"headteacher\":\"Ms Ada Head\",\"attendanceChampion\":{\"name\":\"Mr Cal Champion\",\"email\":\"cal@detail.example\"}}"));
        assertEquals("1 School Lane", put.getJsonArray("address").getString(0));
        assertEquals(
                200,
                api.putJson(
                                S,
                                "{\"name\":\"Detail Primary School\",\"phase\":\"primary\","
                                        + "\"attendanceChampion\":{\"phone\":\"01234 111223\"}}")
                        .statusCode());
        JsonObject school = ApiClient.object(api.get(S));
        assertEquals("Detail Primary School", school.getString("name"));
        assertEquals(2, school.getJsonArray("address").size(), "absent: kept");
        assertEquals("01234 111222", school.getString("phone"));
        assertEquals("Ms Ada Head", school.getString("headteacher"));
        JsonObject champion = school.getJsonObject("attendanceChampion");
        assertEquals("Mr Cal Champion", champion.getString("name"), "the champion's other parts are kept");
        assertEquals("cal@detail.example", champion.getString("email"));
        assertEquals("01234 111223", champion.getString("phone"));
    }

    @Test
    void badDetailsAreRefusedNamingTheField() {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson(S, "{\"name\":\"Detail School\",\"phase\":\"primary\",\"phone\":\"01234 000000\"}")
                        .statusCode());
        assertProblem(
                api.putJson(
                        S,
                        "{\"name\":\"Detail School\",\"phase\":\"primary\",\"phone\":\"01234 999999\","
                                + "\"attendanceChampion\":{\"email\":\"not an email\"}}"),
                400,
                "email");
        assertProblem(
                api.putJson(
                        S,
                        "{\"name\":\"Detail School\",\"phase\":\"primary\",\"address\":[\"" + "x".repeat(121) + "\"]}"),
                400,
                "address");
        assertEquals("01234 000000", ApiClient.object(api.get(S)).getString("phone"), "nothing half-applied");
    }

    @Test
    void staffListIsReplacedWholeOrNotAtAll() {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson(S, "{\"name\":\"Detail School\",\"phase\":\"primary\"}")
                        .statusCode());
        var put = api.putJson(
                S + "/staff",
                "[{\"name\":\"Rae Reception\",\"email\":\"rae@detail.example\",\"yearGroups\":[\"R\"]},"
                        + "{\"name\":\"Sid Six\",\"email\":\"sid@detail.example\",\"username\":\"sid\",\"forms\":[\"6S\"],\"yearGroups\":[6]}]");
        assertEquals(200, put.statusCode(), put.body());
        var staff = ApiClient.array(api.get(S + "/staff"));
        assertEquals(2, staff.size());
        JsonObject sid = staff.getJsonObject(1);
        assertEquals("Sid Six", sid.getString("name"));
        assertEquals("6S", sid.getJsonArray("forms").getString(0));
        assertEquals(6, sid.getJsonArray("yearGroups").getInt(0), "year groups come back as numbers");
        assertEquals("R", staff.getJsonObject(0).getJsonArray("yearGroups").getString(0));

        assertProblem(
                api.putJson(
                        S + "/staff", "[{\"name\":\"Tess\",\"email\":\"tess@detail.example\",\"yearGroups\":[15]}]"),
                422,
                "yearGroups");
        assertProblem(
                api.putJson(
                        S + "/staff",
                        "[{\"name\":\"Tess\",\"email\":\"tess@detail.example\"},"
                                + "{\"name\":\"Tess again\",\"email\":\"TESS@detail.example\"}]"),
                422,
                "email");
        assertProblem(api.putJson(S + "/staff", "[{\"name\":\"\",\"email\":\"tess@detail.example\"}]"), 400, "name");
        assertEquals(2, ApiClient.array(api.get(S + "/staff")).size(), "a refused list changes nothing");
        assertEquals(404, api.get("schools/900911/staff").statusCode());
    }
}
