package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.delivery.ContentStore;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.PdfCompliance;
import org.rollcall.testing.SmallSchool;

/**
 * The walking skeleton end to end on real WildFly, MariaDB and SMTP: import a register worked
 * out by hand, run a governor pack, find it in the archive, read the figure back from the PDF,
 * and receive it by email.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernorPackIT {
    private static final String URN = "900100";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void handWorkedRegisterBecomesAnArchivedAndEmailedGovernorPack() throws Exception {
        ApiClient api = ApiClient.admin(base);
        assertEquals(
                200,
                api.putJson("schools/" + URN, "{\"name\":\"Hand Worked High School\",\"phase\":\"secondary\"}")
                        .statusCode());
        assertEquals(
                200,
                api.putJson(
                                "schools/" + URN + "/governors",
                                "[{\"name\":\"Ann Chair\",\"email\":\"chair@governors.example\"},"
                                        + "{\"name\":\"Bob Vice\",\"email\":\"vice@governors.example\"}]")
                        .statusCode());
        var pupils = api.postCsv("schools/" + URN + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(100));
        assertEquals(200, pupils.statusCode(), pupils.body());
        assertEquals(7, ApiClient.object(pupils).getInt("added"));
        var marks = api.postCsv("schools/" + URN + "/marks", "marks.csv", SmallSchool.marksCsv(100));
        assertEquals(200, marks.statusCode(), marks.body());
        assertEquals(70, ApiClient.object(marks).getInt("added"));

        JsonObject figures = ApiClient.object(api.get("schools/" + URN + "/attendance?from=2025-09-08&to=2025-09-12"));
        assertEquals(69, figures.getJsonNumber("possibleSessions").longValue());
        assertEquals(
                "85.51",
                figures.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
        assertEquals(
                "5.80",
                figures.getJsonNumber("authorisedAbsenceRate").bigDecimalValue().toPlainString());
        assertEquals(
                "8.70",
                figures.getJsonNumber("unauthorisedAbsenceRate")
                        .bigDecimalValue()
                        .toPlainString());
        assertEquals(7, figures.getInt("pupils"));
        assertEquals(4, figures.getInt("persistentAbsentees"));
        assertEquals(
                "57.14",
                figures.getJsonNumber("persistentAbsenceRate").bigDecimalValue().toPlainString());

        var started = api.postJson(
                "schools/" + URN + "/runs",
                "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"}");
        assertEquals(202, started.statusCode(), started.body());
        long runId = ApiClient.object(started).getJsonNumber("id").longValue();
        JsonObject run = waitForRun(api, runId);
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        long documentId = run.getJsonArray("documentIds").getJsonNumber(0).longValue();

        JsonObject listed = ApiClient.array(api.get("documents?urn=" + URN)).stream()
                .map(v -> (JsonObject) v)
                .filter(d -> d.getJsonNumber("id").longValue() == documentId)
                .findFirst()
                .orElseThrow();
        var download = api.getBytes("documents/" + documentId);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        byte[] pdf = download.body();
        assertEquals(listed.getString("sha256"), ContentStore.sha256(pdf), "the archive row names the bytes it serves");
        assertEquals(pdf.length, listed.getJsonNumber("size").longValue());
        Path onDisk = Path.of(
                System.getProperty("it.work.dir"),
                "data",
                "archive",
                listed.getString("sha256").substring(0, 2),
                listed.getString("sha256").substring(2, 4),
                listed.getString("sha256") + ".pdf");
        assertTrue(Arrays.equals(pdf, Files.readAllBytes(onDisk)), "stored once, addressed by its SHA-256");

        PdfCompliance.assertCompliant(pdf, "the archived governor pack");
        String text = text(pdf);
        assertTrue(text.contains("Hand Worked High School"), text);
        assertTrue(text.contains("From 8 September 2025 to 12 September 2025"), text);
        assertTrue(text.contains("85.51%"), "the hand-computed attendance is in the pack: " + text);
        assertTrue(text.contains("4 pupils (57.14%)"), text);
        assertTrue(text.contains("fewer than 5"), "Year 8 (one pupil) is suppressed: " + text);
        assertTrue(
                text.contains("Pupil groups")
                        && text.contains("Compared with last year and nationally")
                        && text.contains("Self-evaluation of attendance practice"),
                "the pack's sections: " + text);
        assertTrue(!text.contains("P7") && !text.contains(SmallSchool.upn(100, 7)), "no pupil is named");

        List<MimeMessage> mails = waitForMail(2);
        for (MimeMessage mail : mails) {
            assertTrue(mail.getSubject().contains("Hand Worked High School"));
            byte[] attached = attachment(mail);
            assertEquals(
                    listed.getString("sha256"), ContentStore.sha256(attached), "the emailed PDF is the archived one");
        }
        JsonObject afterMail = ApiClient.object(api.get("runs/" + runId));
        assertEquals(2, afterMail.getJsonObject("emails").getInt("sent"));
    }

    private static JsonObject waitForRun(ApiClient api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject run;
        do {
            Thread.sleep(250);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    private static List<MimeMessage> waitForMail(int count) {
        GreenMail mail = ItEnvironment.mail();
        assertTrue(mail.waitForIncomingEmail(60_000, count), "expected " + count + " emails on the SMTP server");
        return List.of(mail.getReceivedMessages());
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
