package org.rollcall.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rollcall.platform.Settings;

/**
 * The Run command ({@code mvn -Pdemo verify}): embedded MariaDB (unless ROLLCALL_DB_URL is set),
 * WildFly with the WAR, the demo school loaded through the import API, a governor pack produced
 * and archived. Then it keeps the server up until Ctrl-C. Data lives in ROLLCALL_DATA_DIR.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Settings.dataDir();
        int httpPort = Integer.parseInt(Settings.get("ROLLCALL_HTTP_PORT", "8080"));
        String user = Settings.get("ROLLCALL_ADMIN_USER", "admin");
        String password = Settings.get("ROLLCALL_ADMIN_PASSWORD", "rollcall");
        Map<String, String> server = new LinkedHashMap<>();
        server.put("jboss.http.port", String.valueOf(httpPort));
        server.put("rollcall.data.dir", dataDir.toString());

        EmbeddedDatabase database = null;
        Optional<String> externalDb = Settings.get("ROLLCALL_DB_URL");
        if (externalDb.isEmpty()) {
            int dbPort = Integer.parseInt(Settings.get("ROLLCALL_EMBEDDED_DB_PORT", "3307"));
            say("Starting the embedded MariaDB on port " + dbPort + " (data in " + dataDir.resolve("db") + ")");
            database = EmbeddedDatabase.start(dataDir.resolve("db"), dbPort);
            server.put("rollcall.db.url", database.jdbcUrl());
        } else {
            say("Using the external MariaDB at " + externalDb.get());
        }

        Path serverHome = Path.of(System.getProperty("rollcall.server.home", "target/server"));
        Path war = Path.of(System.getProperty("rollcall.war", "target/rollcall.war"));
        say("Starting WildFly with Rollcall on http://localhost:" + httpPort + "/rollcall");
        ServerProcess wildfly = ServerProcess.start(serverHome, war, serverHome.getParent().resolve("run-server"), server);
        EmbeddedDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, db)));
        String baseUrl = "http://localhost:" + httpPort + "/rollcall";
        wildfly.awaitHealthy(baseUrl, Duration.ofMinutes(3));

        DemoLoader.Outcome demo = new DemoLoader(baseUrl, user, password, dataDir.resolve("demo")).loadAndReport();
        say("");
        say("Rollcall is running at " + baseUrl + "/api  (server log: " + wildfly.log() + ")");
        say("Log in as " + user + " / " + (Settings.get("ROLLCALL_ADMIN_PASSWORD").isPresent() ? "(ROLLCALL_ADMIN_PASSWORD)" : password));
        say("Demo school: " + demo.schoolName() + " (URN " + demo.urn() + "), " + demo.window());
        say("Attendance " + demo.attendanceRate() + "% (GET " + baseUrl + "/api/schools/" + demo.urn()
                + "/attendance?" + demo.query() + ")");
        say("Governor pack: document " + demo.documentId() + ", SHA-256 " + demo.sha256());
        say("  archived at " + demo.archivedAt());
        say("  copy saved as " + demo.savedPdf());
        say("  run status: " + demo.runMessage());
        say("Press Ctrl-C to stop.");
        wildfly.waitFor();
    }

    private static void stop(ServerProcess wildfly, EmbeddedDatabase database) {
        wildfly.close();
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
            }
        }
    }

    private static void say(String line) {
        System.out.println("[rollcall] " + line);
    }
}
