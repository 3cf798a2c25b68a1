package org.rollcall.platform;

import java.nio.file.Path;

/**
 * Where Rollcall keeps files: the data folder (ROLLCALL_DATA_DIR, default {@code ./data}), the
 * archive inside it, and the inbox (ROLLCALL_INBOX_DIR, default {@code <data folder>/inbox}).
 * Resolved once per JVM to absolute, normalised paths: a relative setting is read against the
 * working folder at start, and nothing later (another working folder, a changed property) can
 * move the archive while the server runs. The Run command passes the same absolute paths to the
 * server it starts, so both agree.
 */
public record DataFolders(Path data, Path archive, Path inbox) {
    private static DataFolders current;

    /** The folders this JVM resolved the first time it asked. */
    public static synchronized DataFolders current() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    /** Reads the settings now; the server uses {@link #current()}. */
    public static DataFolders resolve() {
        Path data = absolute(Settings.get("ROLLCALL_DATA_DIR", "data"));
        Path inbox =
                Settings.get("ROLLCALL_INBOX_DIR").map(DataFolders::absolute).orElse(data.resolve("inbox"));
        return new DataFolders(data, data.resolve("archive"), inbox);
    }

    private static Path absolute(String setting) {
        return Path.of(setting).toAbsolutePath().normalize();
    }
}
