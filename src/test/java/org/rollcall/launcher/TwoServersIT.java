package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.Problems;
import org.rollcall.testing.SmallSchool;

/**
 * Two real servers (the Run command's launcher, twice, on loopback and different ports) on one
 * MariaDB: the first starts its embedded MariaDB, the second is pointed at it with
 * ROLLCALL_DB_URL. Both send through the test GreenMail. The second has its own data folder
 * (its launcher records its processes there, and two launchers on one folder refuse) but shares
 * the first one's archive (its {@code archive} is a link to the first's), as servers behind one
 * database share one archive volume: a message queued by one server may be sent by the other,
 * which must read the attachment. With the same schedule on both and both checking at once, the
 * missed run is made once; with 20 governors' emails due on both at once (SMTP was down while the
 * run queued them), GreenMail receives each exactly once.
 */
class TwoServersIT {
    private static final String URN = "900870";
    private static final String S = "schools/" + URN;
    private static final int GOVERNORS = 20;

    @TempDir
    Path temp;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private final LocalDate yearStart =
            LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    private final LocalDate termStart = weekday(yearStart, 1);
    private final LocalDate lastSummerEnd = weekday(LocalDate.of(yearStart.getYear(), 7, 20), -1);

    @Test
    void theSameScheduleOnTwoServersMakesEachRunOnceAndEachEmailGoesOnce() throws Exception {
        Assumptions.assumeTrue(today.isAfter(termStart), "the first school day of the year is still to come");
        Instant began = Instant.now();
        int dbPort = freePort();
        Map<String, String> smtp = Map.of(
                "rollcall.smtp.host", "127.0.0.1",
                "rollcall.smtp.port", System.getProperty("it.smtp.port"),
                "rollcall.mail.from", "rollcall@two-servers.example");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Files.createDirectories(first.resolve("archive"));
        Files.createDirectories(second);
        Files.createSymbolicLink(second.resolve("archive"), first.resolve("archive"));
        try (RunCommandProcess a = RunCommandProcess.start(
                        first, "two-servers-a", with(smtp, "rollcall.embedded.db.port", dbPort));
                RunCommandProcess b = RunCommandProcess.start(
                        second, "two-servers-b", with(smtp, "rollcall.db.url", jdbcUrl(dbPort)))) {
            System.out.println("TwoServersIT: both servers up after " + seconds(began) + " s");
            ApiClient apiA = api(a);
            ApiClient apiB = api(b);
            school(apiA);
            String schedule = "[{\"kind\":\"GOVERNOR_PACK\",\"at\":\"TERM_START\",\"offsetSchoolDays\":0,"
                    + "\"window\":\"YEAR_TO_DATE\"}]";
            Problems.ok(apiA.putJson(S + "/schedule", schedule));
            Problems.ok(apiB.putJson(S + "/schedule", schedule));
            backDate(dbPort);

            GreenMail mail = ItEnvironment.mail();
            mail.stop(); // the run's emails are queued while no SMTP server answers
            long runId;
            try {
                List<Integer> started = atOnce(() -> check(apiA), () -> check(apiB));
                // at most one: a server's own timer may have been quicker than both calls
                assertTrue(started.get(0) + started.get(1) <= 1, "one of the two started it: " + started);
                System.out.println("TwoServersIT: runs started by server A, B: " + started);
                if (started.get(0) + started.get(1) == 0) {
                    Thread.sleep(5000); // the timer's pass that was quicker may still be inserting
                }
                assertEquals(
                        1,
                        count(
                                dbPort,
                                "SELECT COUNT(*) FROM scheduled_run r JOIN school s ON s.id = r.school_id WHERE s.urn = ?"));
                assertEquals(
                        1,
                        count(
                                dbPort,
                                "SELECT COUNT(*) FROM report_run r JOIN school s ON s.id = r.school_id WHERE s.urn = ?"));
                runId = ApiClient.object(apiB.get(S + "/schedule"))
                        .getJsonArray("runs")
                        .getJsonObject(0)
                        .getJsonNumber("runId")
                        .longValue();
                assertEquals("COMPLETED", waitForRun(apiA, runId).getString("status"));
                assertEquals(List.of(0, 0), atOnce(() -> check(apiA), () -> check(apiB)), "and not again");
            } finally {
                mail.start();
            }
            List<Integer> retrying = atOnce(() -> retry(apiA), () -> retry(apiB));
            System.out.println("TwoServersIT: retry made due " + retrying + " messages");
            waitForSent(apiA, runId);
            Thread.sleep(3000); // a second copy of any message would show up by now
            List<String> received = Arrays.stream(mail.getReceivedMessages())
                    .map(TwoServersIT::recipient)
                    .filter(r -> r.endsWith("@two-servers-governors.example"))
                    .toList();
            assertEquals(GOVERNORS, received.size(), "each governor's email once: " + received);
            assertEquals(GOVERNORS, Set.copyOf(received).size());
            assertEquals(
                    GOVERNORS,
                    count(
                            dbPort,
                            "SELECT COUNT(*) FROM mail_message m JOIN school s ON s.id = m.school_id WHERE s.urn = ? AND m.status = 'SENT'"));
            System.out.println("TwoServersIT: took " + seconds(began) + " s in all");
        }
    }

    private void school(ApiClient api) {
        Problems.ok(api.putJson(S, "{\"name\":\"Twin Servers School\",\"phase\":\"secondary\"}"));
        String governors = IntStream.rangeClosed(1, GOVERNORS)
                .mapToObj(
                        i -> "{\"name\":\"Governor " + i + "\",\"email\":\"g" + i + "@two-servers-governors.example\"}")
                .collect(Collectors.joining(",", "[", "]"));
        Problems.ok(api.putJson(S + "/governors", governors));
        Problems.ok(api.putJson(S + "/calendar", calendarJson()));
        StringBuilder pupils = new StringBuilder("upn,surname,forename,year_group,form\n");
        StringBuilder marks = new StringBuilder("upn,date,session,code\n");
        for (int n = 1; n <= 6; n++) {
            String upn = SmallSchool.upn(870, n);
            pupils.append(upn).append(",Pupil,P").append(n).append(",7,7A\n");
            marks.append(upn).append(',').append(lastSummerEnd).append(",AM,/\n");
            marks.append(upn)
                    .append(',')
                    .append(lastSummerEnd)
                    .append(",PM,")
                    .append(n == 1 ? "N" : "\\")
                    .append('\n');
        }
        Problems.ok(api.postCsv(S + "/pupils", "pupils.csv", pupils.toString()));
        Problems.ok(api.postCsv(S + "/marks", "marks.csv", marks.toString()));
    }

    /** Last year's summer term and this year's one long term: the run on its first day reports on last year. */
    private String calendarJson() {
        LocalDate lastYear = yearStart.minusYears(1);
        return ("{\"academicYears\":[{\"name\":\"%d/%02d\",\"start\":\"%s\",\"end\":\"%s\",\"terms\":[{\"name\":"
                        + "\"Summer\",\"start\":\"%s\",\"end\":\"%s\"}]},{\"name\":\"%d/%02d\",\"start\":\"%s\","
                        + "\"end\":\"%s\",\"terms\":[{\"name\":\"Autumn\",\"start\":\"%s\",\"end\":\"%s\"}]}]}")
                .formatted(
                        lastYear.getYear(),
                        (lastYear.getYear() + 1) % 100,
                        lastYear,
                        yearStart.minusDays(1),
                        weekday(LocalDate.of(yearStart.getYear(), 4, 20), 1),
                        lastSummerEnd,
                        yearStart.getYear(),
                        (yearStart.getYear() + 1) % 100,
                        yearStart,
                        yearStart.plusYears(1).minusDays(1),
                        termStart,
                        weekday(LocalDate.of(yearStart.getYear() + 1, 7, 20), -1));
    }

    /** Both calls released together, each on its own thread. */
    @SafeVarargs
    private static <T> List<T> atOnce(Supplier<T>... calls) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<T>> futures = Arrays.stream(calls)
                .map(call -> CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.get();
                }))
                .toList();
        go.countDown();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static int check(ApiClient api) {
        return ApiClient.object(Problems.ok(api.postJson("schedule/check?urn=" + URN, "")))
                .getInt("started");
    }

    private static int retry(ApiClient api) {
        return ApiClient.object(Problems.ok(api.postJson("outbox/retry", ""))).getInt("retrying");
    }

    private static JsonObject waitForRun(ApiClient api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject run;
        do {
            Thread.sleep(500);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    private static void waitForSent(ApiClient api, long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonObject emails;
        do {
            Thread.sleep(500);
            emails = ApiClient.object(api.get("runs/" + runId)).getJsonObject("emails");
        } while (emails.getInt("sent") < GOVERNORS && Instant.now().isBefore(deadline));
        assertEquals(GOVERNORS, emails.getInt("sent"), emails.toString());
        assertEquals(0, emails.getInt("waiting"), emails.toString());
    }

    /** As if the school had set its schedule on 1 September, so the term's first day is a missed date. */
    private void backDate(int dbPort) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(dbPort), "rollcall", "rollcall");
                PreparedStatement update = c.prepareStatement("UPDATE school_schedule SET effective_from = ?"
                        + " WHERE school_id = (SELECT id FROM school WHERE urn = ?)")) {
            update.setObject(1, yearStart.atStartOfDay());
            update.setString(2, URN);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long count(int dbPort, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(dbPort), "rollcall", "rollcall");
                PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, URN);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, Object value) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.put(key, String.valueOf(value));
        return all;
    }

    private static String jdbcUrl(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/rollcall";
    }

    private static ApiClient api(RunCommandProcess run) {
        return ApiClient.as(run.base(), "admin", RunCommandProcess.ADMIN_PASSWORD);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate weekday(LocalDate d, int step) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(step);
        }
        return x;
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
