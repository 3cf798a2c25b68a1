package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.Problems;
import org.rollcall.testing.SmallSchool;

/**
 * Runs that cannot be done: a request with missing or wrong fields is refused naming them, and a
 * run that fails on the way (here: the archive cannot be written) ends FAILED, its Jakarta Batch
 * job too, instead of a COMPLETED job beside a failed run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RunErrorsIT {
    static final String S = "schools/900920";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void badRunRequestsAreRefusedNamingTheField() {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson(S, "{\"name\":\"Error School\",\"phase\":\"secondary\"}")
                        .statusCode());
        Problems.assertProblem(
                api.postJson(S + "/runs", "{\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"}"), 400, "kind");
        Problems.assertProblem(
                api.postJson(S + "/runs", "{\"kind\":\"PARENT_PRINTOUTS\",\"to\":\"2025-09-12\"}"), 400, "from");
        Problems.assertProblem(
                api.postJson(
                        S + "/runs",
                        "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"2025-09-08\","
                                + "\"to\":\"2025-09-12\",\"yearGroups\":[\"Year 7\"]}"),
                400,
                "yearGroups");
        Problems.assertProblem(
                api.postJson(
                        S + "/runs",
                        "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"2025-09-08\","
                                + "\"to\":\"2025-09-12\",\"forms\":[\"7A\"]}"),
                400,
                "forms");
        Problems.assertProblem(
                api.postJson(
                        S + "/runs", "{\"kind\":\"REPORT_CARDS\",\"from\":\"2025-09-08\"," + "\"to\":\"2025-09-12\"}"),
                400,
                "kind");
        assertEquals(404, api.get("runs/999999/documents").statusCode());
    }

    @Test
    void aRunThatFailsEndsFailedAndSoDoesItsJob() throws Exception {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson(S, "{\"name\":\"Error School\",\"phase\":\"secondary\"}")
                        .statusCode());
        assertEquals(
                200,
                api.postCsv(S + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(920))
                        .statusCode());
        assertEquals(
                200,
                api.postCsv(S + "/marks", "marks.csv", SmallSchool.marksCsv(920))
                        .statusCode());
        Path archive = Path.of(System.getProperty("it.work.dir"), "data", "archive");
        Path aside = archive.resolveSibling("archive-aside");
        boolean existed = Files.exists(archive);
        if (existed) {
            Files.move(archive, aside, StandardCopyOption.REPLACE_EXISTING);
        }
        JsonObject run;
        try {
            Files.createDirectories(archive.getParent());
            Files.writeString(archive, "not a folder: nothing can be archived");
            run = Runs.runToEnd(
                    api, S, "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"}");
        } finally {
            Files.delete(archive);
            if (existed) {
                Files.move(aside, archive);
            }
        }
        assertEquals("FAILED", run.getString("status"), run.toString());
        assertTrue(run.getString("message").contains("Could not write to the archive"), run.getString("message"));
        assertEquals("FAILED", jobStatus(api, run), "the Jakarta Batch job failed too: " + run);
        assertEquals(0, run.getJsonArray("documentIds").size(), "nothing half-archived");
        var page = ApiClient.object(api.get("runs/" + run.getInt("id") + "/documents?page=0&size=10"));
        assertEquals(0, page.getInt("total"));
        Problems.assertProblem(api.get("runs/" + run.getInt("id") + "/documents?size=0"), 400, "size");
        Problems.assertProblem(api.get("runs/" + run.getInt("id") + "/documents?page=first"), 400, "page");

        JsonObject again =
                Runs.runToEnd(api, S, "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"}");
        assertEquals("COMPLETED", again.getString("status"), "with the archive back, the same run succeeds: " + again);
        assertEquals("COMPLETED", jobStatus(api, again));
        assertEquals(7, again.getJsonObject("documentCounts").getInt("PARENT_PRINTOUT"));
    }

    /** The job's status once it has ended: the run row is written just before the job itself ends. */
    private static String jobStatus(ApiClient api, JsonObject run) throws InterruptedException {
        String status = run.getString("jobStatus", "");
        for (int i = 0;
                i < 40
                        && !List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                                .contains(status);
                i++) {
            Thread.sleep(250);
            status = ApiClient.object(api.get("runs/" + run.getInt("id"))).getString("jobStatus", "");
        }
        return status;
    }
}
