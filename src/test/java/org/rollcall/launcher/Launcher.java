package org.rollcall.launcher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Run command ({@code mvn -Pdemo verify}): embedded MariaDB (unless ROLLCALL_DB_URL is set),
 * WildFly with the WAR, the demo school loaded through the import API and a governor pack
 * produced and archived (unless ROLLCALL_DEMO=false). Then it watches both processes: when one
 * ends, it says which and how it knows, stops the other and exits with code 1, so a supervisor
 * can start it again. Ctrl-C (SIGINT) or SIGTERM stops WildFly, then MariaDB, cleanly.
 */
public final class Launcher {
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final LaunchSettings settings;
    private final RunRecord record;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile EmbeddedDatabase database;
    private volatile ServerProcess wildfly;

    private Launcher(LaunchSettings settings) {
        this.settings = settings;
        this.record = new RunRecord(settings.folders().data());
    }

    public static void main(String[] args) {
        LaunchSettings settings;
        try {
            settings = LaunchSettings.resolve();
        } catch (IllegalArgumentException badSetting) {
            say(badSetting.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new Launcher(settings).run());
    }

    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopOnSignal, "rollcall-stop"));
        CompletableFuture<String> ended;
        try {
            ended = start();
        } catch (Exception e) {
            if (stopping.get()) {
                return 0;
            }
            say("Could not start: " + e.getMessage());
            stopBeforeExit();
            return 1;
        }
        String why = ended.join();
        if (stopping.get()) {
            return 0;
        }
        say(why);
        say("Stopping what is left, then exiting with code 1.");
        stopBeforeExit();
        return 1;
    }

    /** Stops everything now; the shutdown hook then has nothing left to do. */
    private void stopBeforeExit() {
        if (stopping.compareAndSet(false, true)) {
            stopAll();
        }
    }

    /** Starts everything; completes the returned future when WildFly or the embedded MariaDB ends. */
    private CompletableFuture<String> start() throws Exception {
        FolderRecord.describe(settings.folders(), settings.databaseFolder()).forEach(Launcher::say);
        FolderRecord.write(settings.folders());
        record.refuseIfStillRunning();
        record.add("the launcher", ProcessHandle.current());
        Map<String, String> server = ServerProperties.of(settings);
        if (settings.embeddedDbPort().isPresent()) {
            int port = settings.embeddedDbPort().get();
            say("Starting the embedded MariaDB on port " + port);
            startDatabase(port);
            server.put("rollcall.db.url", database.jdbcUrl());
            say("The embedded MariaDB is running (process " + database.process().pid() + ")");
        } else {
            say("Using the external MariaDB at " + settings.externalDb().orElseThrow());
        }
        say("Starting WildFly with Rollcall on " + settings.baseUrl());
        startWildFly(server);
        wildfly.awaitHealthy(settings.baseUrl(), STARTUP_TIMEOUT, this::requireDatabase);
        record.add("WildFly", wildfly.jvm().orElse(wildfly.script()));
        CompletableFuture<String> ended = watch();
        say("");
        say("Rollcall is running at " + settings.baseUrl() + "/api  (server log: " + wildfly.log() + ")");
        say(
                "Log in as " + settings.adminUser() + " / "
                        + (settings.adminPasswordGiven()
                                ? "(ROLLCALL_ADMIN_PASSWORD)"
                                : settings.adminPassword()
                                        + "  (the demo password: ROLLCALL_ADMIN_PASSWORD was not set; set it outside the demo)"));
        if (settings.demo()) {
            DemoReport.print(
                    new DemoLoader(
                                    settings.baseUrl(),
                                    settings.adminUser(),
                                    settings.adminPassword(),
                                    settings.folders().data().resolve("demo"))
                            .loadAndReport(),
                    settings.baseUrl());
        } else {
            say("No demo school loaded (ROLLCALL_DEMO=false).");
        }
        say("Press Ctrl-C to stop.");
        return ended;
    }

    private synchronized void startDatabase(int port) throws Exception {
        database = EmbeddedDatabase.start(settings.databaseFolder(), port);
        // stopped by this launcher, after WildFly, not by a hook of its own at the same moment
        database.stopOnlyWhenClosed();
        record.add("the embedded MariaDB", database.process());
    }

    private synchronized void startWildFly(Map<String, String> properties) throws Exception {
        if (stopping.get()) {
            throw new IllegalStateException("stopping");
        }
        wildfly = ServerProcess.start(settings.serverHome(), settings.war(), settings.serverBase(), properties);
        record.add("WildFly's start script", wildfly.script());
    }

    /** During WildFly's start: the database must still be there. */
    private void requireDatabase() {
        if (database != null && !database.process().isAlive()) {
            throw new IllegalStateException(
                    "The embedded MariaDB (process " + database.process().pid() + ") ended while WildFly was starting");
        }
    }

    private CompletableFuture<String> watch() {
        String log = " (see " + wildfly.log() + ")";
        CompletableFuture<String> wildflyEnded = wildfly.ended()
                .thenApply(why -> "WildFly has stopped: " + why + ", seen by the launcher, which watches its processes"
                        + log + ".");
        if (database == null) {
            return wildflyEnded;
        }
        CompletableFuture<String> databaseEnded = database.process()
                .onExit()
                .thenApply(p -> "The embedded MariaDB has stopped: its process " + p.pid()
                        + " (mariadbd) ended, seen by the launcher," + " which watches its processes.");
        return wildflyEnded.applyToEither(databaseEnded, why -> why);
    }

    private void stopOnSignal() {
        if (stopping.compareAndSet(false, true)) {
            say("Stopping (signal received)");
            stopAll();
            say("Stopped.");
        }
    }

    /** WildFly first (it uses the database), then MariaDB; each waits until its processes are gone. */
    private synchronized void stopAll() {
        if (wildfly != null) {
            say("Stopping WildFly");
            wildfly.close();
            wildfly = null;
            say("WildFly stopped");
        }
        if (database != null) {
            say("Stopping the embedded MariaDB");
            database.close();
            database = null;
            say("The embedded MariaDB stopped");
        }
        record.clear();
    }

    static void say(String line) {
        System.out.println("[rollcall] " + line);
    }
}
