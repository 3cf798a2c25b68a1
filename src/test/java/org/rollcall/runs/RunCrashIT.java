package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.Problems.ok;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rollcall.demo.DemoFiles;
import org.rollcall.demo.DemoSchoolGenerator;
import org.rollcall.demo.DemoSpec;
import org.rollcall.launcher.EmbeddedDatabase;
import org.rollcall.launcher.ServerProcess;
import org.rollcall.testing.ApiClient;

/**
 * Issue 11's crash test on the real server as a process (its own MariaDB, GreenMail as its SMTP
 * server): a 300-pupil school from the demo generator with its email contacts, PARENT_PRINTOUTS in
 * chunks of 20, the server killed with SIGKILL while the run is between 10% and 90% done, then started
 * again. With nobody asking, the run resumes from its last checkpoint and completes; the archive holds
 * exactly one printout per pupil, the outbox exactly one message per (pupil, email contact), and
 * GreenMail receives each of them once.
 */
class RunCrashIT {
    private static final String URN = "900811";
    private static final String PASSWORD = "crash-test-password";
    private static final String TO = "2025-12-19";

    @Test
    void aRunKilledMidwayCompletesByItselfWithEachPrintoutAndEmailOnce() throws Exception {
        Path work = Path.of("target", "run-crash").toAbsolutePath();
        delete(work);
        int[] ports = freePorts(4);
        ServerSetup smtp = new ServerSetup(ports[3], "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(30_000); // GreenMail's default 2 s is short on a busy 2-core machine
        GreenMail mail = new GreenMail(smtp);
        mail.start();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("db"), ports[2])) {
            DemoFiles school = new DemoSchoolGenerator()
                    .generate(
                            new DemoSpec(
                                    2025,
                                    300,
                                    DemoSpec.Phase.SECONDARY,
                                    LocalDate.of(2025, 9, 1),
                                    1,
                                    Optional.of(LocalDate.parse(TO))),
                            work.resolve("school"));
            Map<String, String> properties = properties(work, db, ports);
            ApiClient api = ApiClient.as(
                    URI.create("http://127.0.0.1:" + ports[0] + "/rollcall/").toURL(), "admin", PASSWORD);
            long id;
            try (ServerProcess first = start(work.resolve("server-1"), properties, ports[0])) {
                load(api, school);
                id = ApiClient.object(api.postJson(
                                "schools/" + URN + "/runs",
                                "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"2025-09-01\",\"to\":\"" + TO + "\"}"))
                        .getJsonNumber("id")
                        .longValue();
                JsonObject progress = awaitMidway(api, id);
                ProcessHandle jvm = first.jvm().orElseThrow();
                jvm.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback but the database's own
                jvm.onExit().get();
                System.out.println("[crash test] server killed at " + progress);
            }
            try (ServerProcess second = start(work.resolve("server-2"), properties, ports[0])) {
                JsonObject run = awaitEnd(api, id);
                assertEquals("COMPLETED", run.getString("status"), "the run completed by itself: " + run);
                int pupils = run.getJsonObject("progress").getInt("total");
                assertTrue(pupils >= 300, "the demo roll of 300 with its joiners: " + pupils);
                assertEquals(pupils, run.getJsonObject("documentCounts").getInt("PARENT_PRINTOUT"), run.toString());
                try (Connection sql = DriverManager.getConnection(db.jdbcUrl(), "rollcall", "rollcall")) {
                    assertArchive(sql, id, pupils);
                    int expected = emailContacts(school.contacts());
                    assertEquals(List.of(expected, expected), outbox(sql, id), "one message per (pupil, contact)");
                    assertReceivedOnce(mail, expected);
                }
            }
        } finally {
            mail.stop();
        }
    }

    /** Every printout of the school is the run's, one per pupil: none archived twice, none left unlinked. */
    private static void assertArchive(Connection sql, long run, int pupils) throws Exception {
        assertEquals(
                List.of(pupils, pupils),
                row(
                        sql,
                        "SELECT COUNT(*), COUNT(DISTINCT d.upn) FROM document d JOIN report_run_document l"
                                + " ON l.document_id = d.id WHERE l.run_id = ? AND d.kind = 'PARENT_PRINTOUT'",
                        run));
        assertEquals(
                List.of(pupils),
                row(
                        sql,
                        "SELECT COUNT(*) FROM document WHERE kind = 'PARENT_PRINTOUT' AND output_key LIKE ?",
                        "run:" + run + ":pupil:%"));
    }

    private static List<Integer> outbox(Connection sql, long run) throws Exception {
        return row(
                sql,
                "SELECT COUNT(*), COUNT(DISTINCT m.recipient, d.upn) FROM mail_message m JOIN document d"
                        + " ON d.id = m.document_id WHERE m.run_id = ?",
                run);
    }

    /** Every message arrives, and nothing more arrives once all are there (no second copy of any). */
    private static void assertReceivedOnce(GreenMail mail, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (mail.getReceivedMessages().length < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(5000);
        MimeMessage[] received = mail.getReceivedMessages();
        Set<String> distinct = new HashSet<>();
        for (MimeMessage m : received) {
            distinct.add(Arrays.toString(m.getAllRecipients()) + " " + m.getSubject());
        }
        assertEquals(expected, received.length, "GreenMail received every message once");
        assertEquals(expected, distinct.size(), "no message twice");
    }

    /** The (pupil, email) pairs of contacts who receive correspondence by email, as the printouts choose them. */
    static int emailContacts(Path contactsCsv) throws IOException {
        List<String> lines = Files.readAllLines(contactsCsv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int upn = header.indexOf("upn");
        int email = header.indexOf("email");
        int receives = header.indexOf("receives_correspondence");
        int channel = header.indexOf("channel");
        return (int) lines.stream()
                .skip(1)
                .map(RunCrashIT::fields)
                .filter(f -> !f.get(email).isBlank()
                        && f.get(receives).equalsIgnoreCase("Y")
                        && !f.get(channel).equalsIgnoreCase("post"))
                .map(f -> f.get(upn) + " " + f.get(email).trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet())
                .size();
    }

    /** One CSV line's fields (quoted fields may hold commas). */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static JsonObject awaitMidway(ApiClient api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = ApiClient.object(api.get("runs/" + id));
            JsonObject progress = run.getJsonObject("progress");
            int total = progress.getInt("total");
            int done = progress.getInt("done");
            assertTrue(List.of("QUEUED", "RUNNING").contains(run.getString("status")), "ended too soon: " + run);
            if (total > 0 && done * 10 >= total && done * 10 <= total * 9) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run never got between 10% and 90%");
    }

    private static JsonObject awaitEnd(ApiClient api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        JsonObject run;
        do {
            Thread.sleep(500);
            run = ApiClient.object(api.get("runs/" + id));
        } while (List.of("QUEUED", "RUNNING").contains(run.getString("status"))
                && Instant.now().isBefore(deadline));
        return run;
    }

    private static ServerProcess start(Path base, Map<String, String> properties, int http) throws Exception {
        ServerProcess server =
                ServerProcess.start(Path.of("target", "server"), Path.of("target", "rollcall.war"), base, properties);
        server.awaitHealthy("http://127.0.0.1:" + http + "/rollcall", Duration.ofMinutes(4));
        return server;
    }

    private static Map<String, String> properties(Path work, EmbeddedDatabase db, int[] ports) {
        return Map.of(
                "jboss.http.port", String.valueOf(ports[0]),
                "jboss.management.http.port", String.valueOf(ports[1]),
                "jboss.https.port", "0",
                "rollcall.db.url", db.jdbcUrl(),
                "rollcall.data.dir", work.resolve("data").toString(),
                "rollcall.admin.password", PASSWORD,
                "rollcall.smtp.host", "127.0.0.1",
                "rollcall.smtp.port", String.valueOf(ports[3]),
                "rollcall.run.chunk.size", "20");
    }

    private static void load(ApiClient api, DemoFiles files) throws Exception {
        String s = "schools/" + URN;
        ok(api.putJson(s, "{\"name\":\"" + files.school().name() + "\",\"phase\":\"secondary\"}"));
        ok(api.putJson(s + "/calendar", Files.readString(files.calendarJson())));
        ok(api.postCsv(s + "/pupils", "pupils.csv", Files.readAllBytes(files.pupils())));
        ok(api.postCsv(s + "/contacts", "contacts.csv", Files.readAllBytes(files.contacts())));
        ok(api.postCsv(s + "/marks", "marks.csv", Files.readAllBytes(files.marks())));
    }

    private static List<Integer> row(Connection sql, String query, Object parameter) throws Exception {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                List<Integer> values = new java.util.ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    values.add(result.getInt(i));
                }
                return values;
            }
        }
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> sockets = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
        return ports;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
