package org.rollcall.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.rollcall.platform.DataFolders;

/**
 * The folders the Run command used, written to {@code <data folder>/rollcall-folders.properties}
 * at every start. The next start reads them back and says plainly when a folder is new or has
 * moved (another working folder with a relative ROLLCALL_DATA_DIR, a changed ROLLCALL_INBOX_DIR),
 * so a location never changes silently between starts.
 */
final class FolderRecord {
    static final String FILE = "rollcall-folders.properties";

    private FolderRecord() {}

    /** Lines to print: each folder, and what changed since the last start. */
    static List<String> describe(DataFolders now, Path database) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Data folder " + now.data());
        lines.add("  database " + database);
        lines.add("  archive  " + now.archive());
        lines.add("  inbox    " + now.inbox());
        Path record = now.data().resolve(FILE);
        if (!Files.exists(record)) {
            lines.add(
                    "  This data folder is new: Rollcall starts empty here. To keep using it, start again with the same"
                            + " ROLLCALL_DATA_DIR (an absolute folder, or the same working folder for a relative one).");
        } else {
            Properties last = read(record);
            compare(lines, "data folder", last.getProperty("data"), now.data(), "ROLLCALL_DATA_DIR");
            compare(lines, "archive", last.getProperty("archive"), now.archive(), "ROLLCALL_DATA_DIR");
            compare(lines, "inbox", last.getProperty("inbox"), now.inbox(), "ROLLCALL_INBOX_DIR");
        }
        underTemp(now.data()).ifPresent(lines::add);
        return lines;
    }

    /** Remembers the folders for the next start. */
    static void write(DataFolders now) throws IOException {
        Files.createDirectories(now.data());
        Properties p = new Properties();
        p.setProperty("data", now.data().toString());
        p.setProperty("archive", now.archive().toString());
        p.setProperty("inbox", now.inbox().toString());
        try (Writer out = Files.newBufferedWriter(now.data().resolve(FILE))) {
            p.store(out, "Folders of the last start of the Run command (read back at the next start)");
        }
    }

    private static void compare(List<String> lines, String what, String before, Path now, String setting) {
        if (before != null && !Path.of(before).equals(now)) {
            lines.add("  WARNING: the " + what + " was " + before + " at the last start and is " + now + " now ("
                    + setting + "); files left in " + before + " are not used.");
        }
    }

    private static java.util.Optional<String> underTemp(Path data) {
        Path temp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!data.startsWith(temp)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("  The data folder is under the system temp folder (" + temp
                + "): Rollcall keeps it" + " across restarts, but the operating system may empty " + temp
                + " (at a reboot, for instance).");
    }

    private static Properties read(Path record) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record)) {
            p.load(in);
        }
        return p;
    }
}
