package org.rollcall.launcher;

import java.nio.file.Path;
import java.util.Optional;
import org.rollcall.platform.DataFolders;
import org.rollcall.platform.Settings;

/**
 * What the Run command was asked to do, read once at start (environment variable or system
 * property, see {@link Settings}) and checked, so a bad value stops it before anything starts.
 * The folders are absolute from here on and passed to WildFly as they are.
 */
record LaunchSettings(
        DataFolders folders,
        int httpPort,
        int managementPort,
        Optional<Integer> embeddedDbPort,
        Optional<String> externalDb,
        boolean demo,
        String adminUser,
        String adminPassword,
        boolean adminPasswordGiven,
        Path serverHome,
        Path war,
        Path serverBase) {

    /**
     * The Run command's documented demo password (README), used only when ROLLCALL_ADMIN_PASSWORD is not
     * given: the server itself has no default and creates no admin without one.
     */
    static final String DEMO_ADMIN_PASSWORD = "rollcall-demo";

    static LaunchSettings resolve() {
        Optional<String> externalDb = Settings.get("ROLLCALL_DB_URL");
        Path serverHome = Path.of(System.getProperty("rollcall.server.home", "target/server"))
                .toAbsolutePath()
                .normalize();
        return new LaunchSettings(
                DataFolders.resolve(),
                port("ROLLCALL_HTTP_PORT", 8080),
                port("ROLLCALL_MANAGEMENT_PORT", 9990),
                externalDb.isPresent() ? Optional.empty() : Optional.of(port("ROLLCALL_EMBEDDED_DB_PORT", 3307)),
                externalDb,
                flag("ROLLCALL_DEMO", true),
                Settings.get("ROLLCALL_ADMIN_USER", "admin"),
                Settings.get("ROLLCALL_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD),
                Settings.get("ROLLCALL_ADMIN_PASSWORD").isPresent(),
                serverHome,
                Path.of(System.getProperty("rollcall.war", "target/rollcall.war"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(System.getProperty(
                                "rollcall.server.base",
                                serverHome.resolveSibling("run-server").toString()))
                        .toAbsolutePath()
                        .normalize());
    }

    Path databaseFolder() {
        return folders.data().resolve("db");
    }

    String baseUrl() {
        return "http://localhost:" + httpPort + "/rollcall";
    }

    private static int port(String name, int fallback) {
        String value = Settings.get(name, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number from 1 to 65535, not \"" + value + "\"");
    }

    private static boolean flag(String name, boolean fallback) {
        String value = Settings.get(name, String.valueOf(fallback));
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\"");
    }
}
