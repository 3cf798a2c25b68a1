package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rollcall.testing.ApiClient;

/** Starting a run and reading its documents back, for the run tests. */
final class Runs {
    private Runs() {}

    static JsonObject runToEnd(ApiClient api, String school, String request) throws InterruptedException {
        var started = api.postJson(school + "/runs", request);
        assertEquals(202, started.statusCode(), started.body());
        return waitFor(api, ApiClient.object(started).getJsonNumber("id").longValue());
    }

    static JsonObject waitFor(ApiClient api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject run;
        do {
            Thread.sleep(250);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    static byte[] download(ApiClient api, JsonObject item) {
        var response = api.getBytes("documents/" + item.getJsonNumber("id").longValue());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The text of the whole PDF, with runs of white space as one space (lines wrap anywhere). */
    static String text(byte[] pdf) throws Exception {
        return text(pdf, 0);
    }

    /** @param page from 1; 0 for all pages */
    static String text(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            if (page > 0) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
            }
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
