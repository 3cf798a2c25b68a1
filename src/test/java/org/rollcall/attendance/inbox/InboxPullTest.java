package org.rollcall.attendance.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.attendance.importing.ImportKind;
import org.rollcall.attendance.importing.ImportResult;
import org.rollcall.attendance.importing.ImportService;
import org.rollcall.platform.RollcallSettings;

/** A file whose import fails in a way nobody foresaw is filed under failed/ once, not retried every minute. */
class InboxPullTest {

    @TempDir
    Path inbox;

    /** An import that breaks the way a bug or a lost database connection would. */
    static final class BrokenImports extends ImportService {
        int calls;

        @Override
        public ImportResult run(
                String urn, ImportKind kind, String fileName, InputStream content, String user, String source) {
            calls++;
            throw new IllegalStateException("connection reset");
        }
    }

    @Test
    void aPoisonFileIsMovedToFailedWithItsReport() throws IOException {
        Path school = Files.createDirectories(inbox.resolve("900901"));
        Files.writeString(school.resolve("marks-week1.csv"), "upn,date,session,code\n");
        Files.setLastModifiedTime(
                school.resolve("marks-week1.csv"),
                java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-15T08:00:00Z")));
        BrokenImports imports = new BrokenImports();
        InboxPull pull = new InboxPull();
        pull.imports = imports;
        pull.clock = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneId.of("Europe/London"));
        pull.settings = RollcallSettings.read(name ->
                Optional.ofNullable(Map.of("ROLLCALL_INBOX_DIR", inbox.toString(), "ROLLCALL_INBOX_SETTLE_SECONDS", "0")
                        .get(name)));

        List<InboxPull.Outcome> first = pull.pull();

        assertEquals(1, first.size());
        assertEquals("failed", first.get(0).status());
        assertFalse(Files.exists(school.resolve("marks-week1.csv")));
        Path failed = school.resolve("failed");
        assertTrue(Files.exists(failed.resolve("20260115-093000-marks-week1.csv")));
        String report = Files.readString(failed.resolve("20260115-093000-marks-week1.csv.report.json"));
        assertTrue(report.contains("\"status\": \"failed\""), report);
        assertTrue(report.contains("The import failed on the server (IllegalStateException)"), report);

        assertEquals(List.of(), pull.pull());
        assertEquals(1, imports.calls);
        try (Stream<Path> left = Files.list(school)) {
            assertEquals(List.of(failed), left.toList());
        }
    }
}
