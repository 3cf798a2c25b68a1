package org.rollcall.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.rollcall.launcher.EmbeddedDatabase;

/**
 * Starts a real MariaDB and a GreenMail SMTP server once per integration-test JVM, before
 * Arquillian boots WildFly (which connects to both through the ports failsafe reserved).
 * Does nothing under surefire, where unit tests need neither.
 */
public class ItEnvironment implements LauncherSessionListener {
    private static EmbeddedDatabase database;
    private static final long STARTUP_TIMEOUT_MS = 30_000;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("rollcall.it") || database != null) {
            return;
        }
        try {
            Path work = Path.of(System.getProperty("it.work.dir"));
            // every run starts from nothing: database, archive and inbox
            deleteRecursively(work.resolve("db"));
            deleteRecursively(work.resolve("data"));
            deleteRecursively(work.resolve("inbox"));
            database = EmbeddedDatabase.start(work.resolve("db"), Integer.getInteger("it.db.port"));
            ServerSetup smtp =
                    new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // GreenMail's default 2 s to come up was not always enough on a busy 2-core machine (OutboxIT restarts it)
            smtp.setServerStartupTimeout(STARTUP_TIMEOUT_MS);
            mail = new GreenMail(smtp);
            mail.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the integration-test database or mail server", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                // the JVM is ending; the next run starts from a fresh folder anyway
            }
        }
    }

    public static GreenMail mail() {
        return mail;
    }

    public static String jdbcUrl() {
        return database.jdbcUrl();
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
