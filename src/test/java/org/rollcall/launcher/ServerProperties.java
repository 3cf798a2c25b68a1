package org.rollcall.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The system properties the Run command gives WildFly. Every {@code rollcall.*} setting given to
 * the launcher as a system property is passed on (the server reads the environment it inherits
 * anyway), so "environment variable or system property" holds for the server's settings too; the
 * folders go as the absolute paths the launcher resolved, so the server cannot read them otherwise.
 */
final class ServerProperties {
    /** The launcher's own, not settings of the server. */
    private static final Set<String> LAUNCHER_ONLY =
            Set.of("rollcall.server.home", "rollcall.war", "rollcall.server.base");

    private ServerProperties() {}

    static Map<String, String> of(LaunchSettings settings) {
        Map<String, String> server = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .sorted()
                .filter(name -> name.startsWith("rollcall.") && !LAUNCHER_ONLY.contains(name))
                .forEach(name -> server.put(name, System.getProperty(name)));
        server.put("jboss.http.port", String.valueOf(settings.httpPort()));
        server.put("jboss.management.http.port", String.valueOf(settings.managementPort()));
        // the Run command serves HTTP only; a fixed 8443 would collide with another server on the machine
        server.put("jboss.https.port", "0");
        server.put("rollcall.data.dir", settings.folders().data().toString());
        server.put("rollcall.inbox.dir", settings.folders().inbox().toString());
        if (!settings.adminPasswordGiven()) {
            // the server has no default admin password; the demo brings its documented one
            server.put("rollcall.admin.password", settings.adminPassword());
        }
        return server;
    }
}
