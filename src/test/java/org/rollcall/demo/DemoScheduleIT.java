package org.rollcall.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.schedule.DefaultSchedule;
import org.rollcall.schedule.SchedulePlanner;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.Problems;

/**
 * The demo's calendar sent to a real server, as the demo sends it: the default schedule's next
 * dates there are the ones {@link DemoTermScheduleTest} works out by hand for 2026/27, here for
 * whatever today is (the server's clock) and compared with the pure planner on the same calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoScheduleIT {
    private static final String URN = "900863";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServerGivesTheDefaultScheduleTheDemoCalendarsNextDates() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int startYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        DemoCalendar calendar = EnglishTermDates.calendar(startYear - 1, 2);
        StringWriter json = new StringWriter();
        CalendarJsonWriter.write(calendar, json);
        ApiClient api = ApiClient.admin(base);
        Problems.ok(api.putJson("schools/" + URN, "{\"name\":\"Demo Calendar School\",\"phase\":\"secondary\"}"));
        Problems.ok(api.putJson("schools/" + URN + "/calendar", json.toString()));

        JsonObject schedule = ApiClient.object(api.get("schools/" + URN + "/schedule"));
        List<String> served = schedule.getJsonArray("next").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("kind") + " " + n.getString("date") + " " + n.getString("from") + ".."
                        + n.getString("to"))
                .toList();
        SchedulePlanner planner = new SchedulePlanner(DemoTermScheduleTest.termDates(calendar));
        List<String> expected = DefaultSchedule.ENTRIES.stream()
                .flatMap(e -> planner.next(e, today).stream().limit(6))
                .sorted(java.util.Comparator.comparing((org.rollcall.schedule.Occurrence o) -> o.date())
                        .thenComparing(o -> o.entry().kind()))
                .map(o -> o.entry().kind() + " " + o.date() + " " + o.from() + ".." + o.to())
                .toList();
        assertEquals(expected, served);
        assertTrue(schedule.getBoolean("defaults"));
        if (startYear == 2026 && today.isBefore(LocalDate.of(2026, 12, 11))) {
            assertEquals("GOVERNOR_PACK 2026-12-11 2026-09-01..2026-12-10", served.get(0), "worked out by hand");
        }
    }
}
