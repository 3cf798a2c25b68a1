package org.rollcall.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The login page: accessible, a wrong password says so on the page, the right one opens the lead's
 * dashboard; the skip link is the first stop of the keyboard; logging out ends the session.
 */
class LoginPageIT extends BrowserTest {

    @Test
    void aLeadLogsInAndLandsOnTheDashboard() throws Exception {
        browser.manage().deleteAllCookies();
        open("login.html");
        find("#username");
        assertEquals("Log in – Rollcall", browser.getTitle());
        checkPage("login");

        browser.findElement(By.id("username")).sendKeys(WebSchool.LEAD);
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("log-in")).click();
        String alert = text("#messages [role=alert]");
        assertTrue(alert.contains("The user name or the password is not right"), alert);
        screenshot("login-wrong-password");

        logIn(WebSchool.LEAD, WebSchool.PASSWORD);
        assertTrue(browser.getCurrentUrl().contains("dashboard.html"), browser.getCurrentUrl());
        assertTrue(text("header").contains("Logged in as " + WebSchool.LEAD));
        assertEquals(
                java.util.List.of(
                        "Dashboard", "Runs", "Archive", "SEF section", "Imports", "Self-evaluation", "Settings"),
                browser.findElements(By.cssSelector("nav.site-nav a")).stream()
                        .map(a -> a.getText())
                        .toList());

        // keyboard: the first Tab reaches the skip link, which moves focus to the main region
        new org.openqa.selenium.interactions.Actions(browser)
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
        assertEquals("Skip to main content", browser.switchTo().activeElement().getText());
        new org.openqa.selenium.interactions.Actions(browser)
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .perform();
        assertEquals("main", browser.switchTo().activeElement().getDomAttribute("id"));

        // the start page sends a lead to the dashboard; logging out ends the session
        open("");
        waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("dashboard.html"));
        waitForPage();
        browser.findElement(By.xpath("//button[text()='Log out']")).click();
        waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("login.html"));
        open("dashboard.html");
        waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("login.html?next=dashboard.html"));
    }
}
