package org.rollcall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.Problems;

/**
 * What a governor and a tutor see of {@link WebSchool} once its governor pack, parent printouts and staff
 * data have been made: the governor only the governor pack and no pupil's name anywhere; the tutor of 7A
 * only Amy Archer and Ben Baker and only 7A's staff data.
 */
class GovernorAndTutorIT extends BrowserTest {
    private static boolean made;

    @BeforeEach
    void documentsMade() throws Exception {
        if (made) {
            return;
        }
        ApiClient admin = ApiClient.admin(base);
        Problems.ok(admin.putJson(
                WebSchool.S + "/staff",
                "[{\"name\":\"Tara Tutor\",\"email\":\"tara@browser.example\",\"username\":\"" + WebSchool.TUTOR
                        + "\",\"forms\":[\"7A\"]},"
                        + "{\"name\":\"Tom Tutor\",\"email\":\"tom@browser.example\",\"forms\":[\"7B\"]}]"));
        for (String kind : List.of("GOVERNOR_PACK", "PARENT_PRINTOUTS", "STAFF_DATA")) {
            JsonObject run = runToEnd(admin, kind);
            assertEquals("COMPLETED", run.getString("status"), run.toString());
        }
        made = true;
    }

    @AfterAll
    static void leaveTheMailServerAsFound() throws Exception {
        // GovernorPackIT counts every message on the server: take the staff data emails away
        ItEnvironment.mail().purgeEmailFromAllMailboxes();
    }

    @Test
    void aGovernorSeesOnlyGovernorPacksAndNoPupilName() throws Exception {
        logIn(WebSchool.GOVERNOR, WebSchool.PASSWORD);
        assertTrue(browser.getCurrentUrl().contains("governor.html"), browser.getCurrentUrl());
        assertEquals(List.of("Governor packs"), navigation());
        List<String> kinds = column("#governor-list tbody tr", 1);
        assertFalse(kinds.isEmpty(), "the pack is listed");
        assertTrue(
                kinds.stream().allMatch(k -> k.equals("Governor pack") || k.equals("SEF section")), kinds.toString());
        assertNoPupilNamed();
        checkPage("governor");

        open("dashboard.html?urn=" + WebSchool.URN);
        waitForPage();
        assertTrue(text("#content").contains("This page is not part of your role"));
        assertNoPupilNamed();
    }

    @Test
    void aTutorSeesOnlyTheirFormsPupilsAndStaffData() throws Exception {
        logIn(WebSchool.TUTOR, WebSchool.PASSWORD);
        assertTrue(browser.getCurrentUrl().contains("tutor.html"), browser.getCurrentUrl());
        assertEquals(List.of("My forms"), navigation());
        assertEquals(
                List.of("Form 7A"),
                browser.findElements(By.cssSelector("section[aria-labelledby=pupils-heading] caption")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals(List.of("Amy Archer", "Ben Baker"), column("section[aria-labelledby=pupils-heading] tbody tr", 0));
        String page = text("main");
        for (int n = 3; n <= 6; n++) {
            assertFalse(page.contains(WebSchool.fullName(n)), WebSchool.fullName(n) + " is not in 7A");
        }
        List<String> places = column("#staff-data-list tbody tr", 4);
        assertEquals(List.of("7A"), places, "only 7A's staff data");
        checkPage("tutor");

        // the tests' school has marks in 2025 only: look at its autumn term (a tutor's page otherwise shows
        // the academic year to date, as the calendar is not theirs to read)
        open("tutor.html?urn=" + WebSchool.URN + "&from=" + WebSchool.FROM + "&to=" + WebSchool.TO);
        waitForPage();
        browser.findElement(By.linkText("Amy Archer")).click();
        waitForPage();
        assertEquals("100.00%", text("[data-figure=attendanceRate]"));
        open("pupil.html?urn=" + WebSchool.URN + "&upn=" + WebSchool.upn(3));
        waitForPage();
        String problem = text("#messages [role=alert]");
        assertTrue(problem.contains("No pupil with UPN " + WebSchool.upn(3)), problem);
        assertFalse(text("main").contains("Cara"), "nothing of a pupil outside the tutor's form");
    }

    private void assertNoPupilNamed() {
        String page = browser.findElement(By.tagName("body")).getText();
        for (int n = 1; n <= WebSchool.PUPILS.size(); n++) {
            assertFalse(
                    page.contains(WebSchool.PUPILS.get(n - 1)[1]),
                    "a governor sees no pupil: " + WebSchool.fullName(n));
        }
        assertFalse(page.contains("Parent printout"), page);
    }

    private List<String> navigation() {
        return browser.findElements(By.cssSelector("nav.site-nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> column(String rows, int index) {
        return browser.findElements(By.cssSelector(rows)).stream()
                .map(r -> r.findElements(By.cssSelector("th, td")).get(index).getText())
                .toList();
    }

    private static JsonObject runToEnd(ApiClient api, String kind) throws InterruptedException {
        var started = api.postJson(
                WebSchool.S + "/runs", "{\"kind\":\"" + kind + "\",\"from\":\"2025-09-08\",\"to\":\"2025-09-19\"}");
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.object(started).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonObject run;
        do {
            Thread.sleep(250);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }
}
