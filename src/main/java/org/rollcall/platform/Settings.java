package org.rollcall.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Configuration from the environment. Each setting can also be given as a system property
 * (lower case, dots: ROLLCALL_DATA_DIR is rollcall.data.dir), which tests and the launcher use.
 */
public final class Settings {
    private Settings() {}

    public static Optional<String> get(String envName) {
        String value = System.getProperty(propertyName(envName));
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The system property that stands for an environment variable: ROLLCALL_DATA_DIR is rollcall.data.dir. */
    public static String propertyName(String envName) {
        return envName.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static String get(String envName, String fallback) {
        return get(envName).orElse(fallback);
    }

    /** Where documents and other files live; survives restarts. Resolved once (see {@link DataFolders}). */
    public static Path dataDir() {
        return DataFolders.current().data();
    }
}
