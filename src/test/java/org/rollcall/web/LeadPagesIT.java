package org.rollcall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rollcall.testing.ApiClient;

/**
 * The attendance lead's pages on {@link WebSchool}: the dashboard shows the API's figures (91.67%
 * attendance over the autumn term to date, four persistent absentees), a pupil's page its register;
 * parent printouts started from the runs page fill the progress bar and list their documents, one of
 * which downloads; the archive filters by kind; a headteacher downloads the SEF section in Word.
 */
class LeadPagesIT extends BrowserTest {
    static final String URN = WebSchool.URN;

    @Test
    void theDashboardShowsTheApisFiguresAndLinksToEachPersistentAbsentee() throws Exception {
        logIn(WebSchool.LEAD, WebSchool.PASSWORD);
        open("dashboard.html?urn=" + URN);
        waitForPage();
        JsonObject api = ApiClient.object(ApiClient.as(base, WebSchool.LEAD, WebSchool.PASSWORD)
                .get(WebSchool.S + "/attendance?from=" + WebSchool.FROM + "&to=" + WebSchool.TO));
        assertEquals(
                "91.67", api.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
        assertEquals("91.67%", text("[data-figure=attendanceRate]"));
        assertEquals("66.67%", text("[data-figure=persistentAbsenceRate]"));
        assertTrue(text("main").contains("Autumn term 2025/26"), "the default window is this (the latest) term");

        List<String> weeks = rows("section[aria-labelledby=trend-heading] tbody tr");
        assertTrue(
                weeks.containsAll(List.of("8 September 2025 60 54 90.00%", "15 September 2025 60 56 93.33%")),
                "the chart's table: " + weeks);
        assertEquals(
                1,
                browser.findElements(By.cssSelector("figure.chart svg[role=img]"))
                        .size());
        List<String> absentees =
                browser.findElements(By.cssSelector("section[aria-labelledby=pa-heading] tbody th a")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertEquals("Finn Fisher", absentees.get(0), "lowest first: " + absentees);
        assertEquals(
                java.util.Set.of("Finn Fisher", "Ben Baker", "Cara Clark", "Eve Evans"),
                java.util.Set.copyOf(absentees),
                "exactly 90.00% is persistent absence");
        checkPage("dashboard");

        browser.findElement(By.linkText("Finn Fisher")).click();
        waitForPage();
        assertEquals("Finn Fisher", text("h1"));
        assertEquals("80.00%", text("[data-figure=attendanceRate]"));
        assertTrue(text("section[aria-labelledby=register-heading]").contains("N N"), "week 2 Tuesday: N N");
        assertTrue(text("section[aria-labelledby=register-heading]").contains("Reason not yet given"), "the key");
        assertTrue(text("section[aria-labelledby=interventions-heading]")
                .replaceAll("\\s+", " ")
                .contains("Conversation Mr Sam Champion Parent will ring on the first day of any absence"));
        checkPage("pupil");
    }

    @Test
    void parentPrintoutsFillTheProgressBarListTheirDocumentsAndOneDownloads() throws Exception {
        logIn(WebSchool.LEAD, WebSchool.PASSWORD);
        open("runs.html?urn=" + URN);
        waitForPage();
        browser.findElement(By.id("kind-PARENT_PRINTOUTS")).click();
        setDate("run-from", "2025-09-08");
        setDate("run-to", "2025-09-19");
        browser.findElement(By.id("start-run")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "Completed"));
        WebElement bar = find("#run-progress");
        assertEquals("6", bar.getDomProperty("max"), "one printout per pupil");
        assertEquals("6", bar.getDomProperty("value"), "the bar reached the end");
        assertEquals("Parent printouts: 6 of 6 done", text("#run-progress-label"));
        List<WebElement> links =
                waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#run-details a.download"), 7));
        assertTrue(links.stream().anyMatch(a -> a.getText().equals("Parent printout: Amy Archer")));
        assertTrue(links.stream().anyMatch(a -> a.getText().startsWith("Parent print file")));
        assertTrue(text("#run-emails").startsWith("0 sent, 0 waiting"), "every contact is by post");
        checkPage("runs");

        WebElement amy = browser.findElement(By.linkText("Parent printout: Amy Archer"));
        Path pdf = download(amy);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), pdf.toString());

        open("archive.html?urn=" + URN);
        waitForPage();
        new Select(find("#kind")).selectByVisibleText("Parent printout");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("archive-count"), "6 of "));
        assertEquals(
                6,
                browser.findElements(By.cssSelector("#archive-list tbody tr")).size());
        checkPage("archive");
    }

    @Test
    void aHeadteacherDownloadsTheSefSectionInWord() throws Exception {
        logIn(WebSchool.HEAD, WebSchool.PASSWORD);
        assertEquals(
                List.of("Dashboard", "Runs", "Archive", "SEF section", "Imports", "Self-evaluation", "Settings"),
                browser.findElements(By.cssSelector("nav.site-nav a")).stream()
                        .map(WebElement::getText)
                        .toList());
        open("sef.html?urn=" + URN);
        waitForPage();
        new Select(find("#sef-year")).selectByValue("2025/26");
        List<WebElement> links = browser.findElements(By.cssSelector("#sef-links a"));
        assertEquals(
                List.of("Download the SEF section for 2025/26 as PDF", "Download the SEF section for 2025/26 as Word"),
                links.stream().map(WebElement::getText).toList());
        assertTrue(links.get(0).getDomAttribute("href").endsWith("/sef?year=2025%2F26&format=pdf"));
        checkPage("sef");
        Path word = download(browser.findElement(By.partialLinkText("as Word")));
        byte[] bytes = Files.readAllBytes(word);
        assertEquals("PK", new String(bytes, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a .docx is a ZIP");
        assertTrue(word.getFileName().toString().endsWith(".docx"), word.toString());
    }

    /** Clicks a download link and waits for the file to land in the download folder. */
    private Path download(WebElement link) throws Exception {
        String name = link.getDomAttribute("download");
        try (var old = Files.list(DOWNLOADS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        link.click();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (var files = Files.list(DOWNLOADS)) {
                List<Path> done =
                        files.filter(p -> !p.toString().endsWith(".crdownload")).toList();
                if (!done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing was downloaded from " + link.getDomAttribute("href") + " (" + name + ")");
    }

    private void setDate(String id, String isoDate) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private List<String> rows(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(r -> r.getText().replaceAll("\\s+", " ").trim())
                .toList();
    }
}
