package org.rollcall.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.Problems;
import org.rollcall.testing.RefusingSmtpServer;
import org.rollcall.testing.SmallSchool;

/**
 * A bad SMTP day, on real WildFly, MariaDB and GreenMail: with the SMTP server down a run's emails
 * wait and back off (1 minute after the first failure, 2 after the second); once it is up and the
 * outbox retried, each arrives once with its stable Message-ID. A server that answers 550 fails
 * the message at once with its words. GreenMail is stopped and started again by this test; it is
 * running again whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxIT {
    private static final String URN = "900851";
    private static final String REFUSED_URN = "900852";
    private static final Set<String> GOVERNORS = Set.of("chair@outbox-it.example", "vice@outbox-it.example");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void withSmtpDownMailWaitsAndBacksOffThenArrivesOnceWhenRetried() throws Exception {
        ApiClient api = ApiClient.admin(base);
        school(
                api,
                URN,
                "Outbox High",
                "[{\"name\":\"Ann Chair\",\"email\":\"chair@outbox-it.example\"},"
                        + "{\"name\":\"Bob Vice\",\"email\":\"vice@outbox-it.example\"}]");
        GreenMail mail = ItEnvironment.mail();
        mail.stop();
        long runId;
        try {
            runId = governorPack(api, URN);
            List<JsonObject> waiting = await(api, "outbox?runId=" + runId, 2, m -> m.getInt("attempts") >= 1);
            for (JsonObject m : waiting) {
                assertEquals("PENDING", m.getString("status"));
                assertTrue(m.getString("lastError").contains("connect"), m.toString());
                assertBackoff(m);
            }
            JsonObject run = ApiClient.object(api.get("runs/" + runId));
            assertEquals(0, run.getJsonObject("emails").getInt("sent"), run.toString());
            assertEquals(2, run.getJsonObject("emails").getInt("waiting"), run.toString());
            assertEquals(0, run.getJsonObject("emails").getInt("failed"), run.toString());

            int before = waiting.get(0).getInt("attempts");
            assertEquals(202, api.postJson("outbox/retry", "").statusCode());
            // a retry with the server still down is one more failure, and the wait doubles
            for (JsonObject m : await(api, "outbox?runId=" + runId, 2, m -> m.getInt("attempts") > before)) {
                assertBackoff(m);
                assertTrue(m.getInt("attempts") >= 2, m.toString());
            }
        } finally {
            startAgain(mail);
        }
        assertEquals(202, api.postJson("outbox/retry", "").statusCode());
        await(api, "outbox?status=SENT&runId=" + runId, 2, m -> true);
        Thread.sleep(3000); // long enough for a second copy to show up, were one sent
        List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> GOVERNORS.contains(recipient(m)))
                .toList();
        assertEquals(2, received.size(), "each governor once");
        assertEquals(
                GOVERNORS, Set.copyOf(received.stream().map(OutboxIT::recipient).toList()));
        for (MimeMessage m : received) {
            assertTrue(m.getMessageID().matches("<[0-9a-f]{40}\\.rollcall@school\\.example>"), m.getMessageID());
        }
        assertTrue(!received.get(0).getMessageID().equals(received.get(1).getMessageID()), "one id per message");
        JsonObject emails = ApiClient.object(api.get("runs/" + runId)).getJsonObject("emails");
        assertEquals(
                List.of(2, 0, 0), List.of(emails.getInt("sent"), emails.getInt("waiting"), emails.getInt("failed")));
    }

    @Test
    void aPermanentRefusalFailsTheMessageAtOnceWithTheServersReason() throws Exception {
        ApiClient api = ApiClient.admin(base);
        school(api, REFUSED_URN, "Refused Academy", "[{\"name\":\"No One\",\"email\":\"nobody@refused-it.example\"}]");
        GreenMail mail = ItEnvironment.mail();
        mail.stop();
        long runId;
        try (RefusingSmtpServer refusing = RefusingSmtpServer.on(Integer.getInteger("it.smtp.port"))) {
            runId = governorPack(api, REFUSED_URN);
            List<JsonObject> failed = await(api, "outbox?status=FAILED&runId=" + runId, 1, m -> true);
            JsonObject m = failed.get(0);
            assertEquals("nobody@refused-it.example", m.getString("recipient"));
            assertEquals(1, m.getInt("attempts"), "failed at the first refusal, not retried");
            assertTrue(m.getString("lastError").contains(RefusingSmtpServer.REFUSAL), m.toString());
            assertFalse(m.containsKey("nextAttemptAt"), "no next attempt: " + m);
        } finally {
            startAgain(mail);
        }
        JsonObject emails = ApiClient.object(api.get("runs/" + runId)).getJsonObject("emails");
        assertEquals(
                List.of(0, 0, 1), List.of(emails.getInt("sent"), emails.getInt("waiting"), emails.getInt("failed")));
        assertEquals(202, api.postJson("outbox/retry", "").statusCode());
        Thread.sleep(2000);
        assertEquals(
                "FAILED",
                ApiClient.object(api.get("outbox?runId=" + runId))
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("status"),
                "a failed message is not retried");
    }

    @Test
    void badQueriesAreRefusedNamingTheField() {
        ApiClient api = ApiClient.admin(base);
        for (String[] query : List.of(
                new String[] {"status=LOST", "status"},
                new String[] {"runId=seven", "runId"},
                new String[] {"page=-1", "page"},
                new String[] {"size=501", "size"})) {
            HttpResponse<String> refused = api.get("outbox?" + query[0]);
            Problems.assertProblem(refused, 400, query[1]);
        }
        JsonObject page = ApiClient.object(api.get("outbox?status=pending&page=0&size=1"));
        assertEquals(0, page.getInt("page"));
        assertEquals(1, page.getInt("size"));
        assertTrue(page.getJsonArray("items").size() <= 1);
    }

    /** The wait after n failed attempts: 1 minute, doubling, at most an hour. */
    private static void assertBackoff(JsonObject m) {
        LocalDateTime last = LocalDateTime.parse(m.getString("lastAttemptAt"));
        LocalDateTime next = LocalDateTime.parse(m.getString("nextAttemptAt"));
        long minutes = Math.min(60, 1L << (m.getInt("attempts") - 1));
        assertEquals(Duration.ofMinutes(minutes), Duration.between(last, next), m.toString());
    }

    private static void school(ApiClient api, String urn, String name, String governors) {
        assertEquals(
                200,
                api.putJson("schools/" + urn, "{\"name\":\"" + name + "\",\"phase\":\"secondary\"}")
                        .statusCode());
        assertEquals(
                200, api.putJson("schools/" + urn + "/governors", governors).statusCode());
        int school = Integer.parseInt(urn.substring(3));
        assertEquals(
                200,
                api.postCsv("schools/" + urn + "/pupils", "pupils.csv", SmallSchool.pupilsCsv(school))
                        .statusCode());
        assertEquals(
                200,
                api.postCsv("schools/" + urn + "/marks", "marks.csv", SmallSchool.marksCsv(school))
                        .statusCode());
    }

    private static long governorPack(ApiClient api, String urn) throws InterruptedException {
        var started = api.postJson(
                "schools/" + urn + "/runs",
                "{\"kind\":\"GOVERNOR_PACK\",\"from\":\"2025-09-08\",\"to\":\"2025-09-12\"}");
        assertEquals(202, started.statusCode(), started.body());
        long id = ApiClient.object(started).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String status;
        do {
            Thread.sleep(250);
            status = ApiClient.object(api.get("runs/" + id)).getString("status");
        } while (!status.equals("COMPLETED")
                && !status.equals("FAILED")
                && Instant.now().isBefore(deadline));
        assertEquals("COMPLETED", status);
        return id;
    }

    /** The outbox page once at least {@code count} of its items match. */
    private static List<JsonObject> await(ApiClient api, String query, int count, Predicate<JsonObject> match)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<JsonObject> items;
        do {
            Thread.sleep(250);
            items = ApiClient.object(api.get(query)).getJsonArray("items").stream()
                    .map(JsonObject.class::cast)
                    .filter(match)
                    .toList();
        } while (items.size() < count && Instant.now().isBefore(deadline));
        assertEquals(count, items.size(), query + ": " + api.get(query).body());
        return items;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * GreenMail on its port again. A connection the stopped server or the refusing stub had can hold the port a
     * moment longer (GreenMail then fails at once, "Address already in use"), so it is tried for up to 10 s.
     */
    private static void startAgain(GreenMail mail) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                mail.start();
                return;
            } catch (IllegalStateException portStillHeld) {
                if (attempt == 20) {
                    throw portStillHeld;
                }
                Thread.sleep(500);
            }
        }
    }
}
