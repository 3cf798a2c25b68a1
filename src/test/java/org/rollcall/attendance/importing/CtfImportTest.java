package org.rollcall.attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.school.Phase;
import org.rollcall.school.School;

/**
 * The CSV files a CTF becomes hold pupils' names and marks: they are written under
 * {@code ROLLCALL_DATA_DIR/tmp} (never the shared system temp folder) and gone however the import ends.
 */
class CtfImportTest {

    @TempDir
    Path dataDir;

    private final School school =
            new School("999401", "Oakfield Demo Academy", Phase.SECONDARY, LocalDateTime.of(2025, 9, 1, 8, 0));
    private final List<Path> seen = new java.util.ArrayList<>();

    /** Reads what it is given, remembering where the converted file was, then fails or answers. */
    private final class Pupils extends PupilCsvImport {
        final RuntimeException failure;

        Pupils(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public ImportResult apply(School s, String fileName, InputStream csv, CsvTable.Origin origin) {
            assertEquals(CsvTable.Origin.CONVERTED, origin);
            seen.addAll(files());
            if (failure != null) {
                throw failure;
            }
            return new ImportResult(null, fileName, "pupils", 2, 2, 0, 0, List.of());
        }
    }

    private final class Marks extends MarkCsvImport {
        @Override
        public ImportResult apply(School s, String fileName, InputStream csv, long importId, CsvTable.Origin origin) {
            return new ImportResult(null, fileName, "marks", 26, 26, 0, 0, List.of());
        }
    }

    private CtfImport ctf(RuntimeException pupilFailure) {
        CtfImport ctf = new CtfImport();
        ctf.pupils = new Pupils(pupilFailure);
        ctf.marks = new Marks();
        ctf.settings = RollcallSettings.read(name -> Optional.ofNullable(
                Map.of("ROLLCALL_DATA_DIR", dataDir.toString()).get(name)));
        return ctf;
    }

    private List<Path> files() {
        try (Stream<Path> files = Files.list(dataDir.resolve("tmp"))) {
            return files.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream sample() {
        return CtfImportTest.class.getResourceAsStream("/ctf/sample-ctf.xml");
    }

    @Test
    void theConvertedFilesLiveUnderTheDataDirectoryAndAreGoneAfterwards() {
        ImportResult result = ctf(null).apply(school, "sample-ctf.xml", sample(), 7L);
        assertEquals("ctf", result.kind());
        assertEquals(2, seen.size(), "pupils and marks CSV while the import ran");
        assertTrue(seen.stream().allMatch(p -> p.getParent().equals(dataDir.resolve("tmp"))), seen.toString());
        assertEquals(List.of(), files());
    }

    @Test
    void theyAreGoneWhenTheImportFailsToo() {
        IllegalStateException failure = new IllegalStateException("the database went away");
        assertEquals(failure, assertThrows(IllegalStateException.class, () -> ctf(failure)
                .apply(school, "sample-ctf.xml", sample(), 7L)));
        assertEquals(2, seen.size());
        assertEquals(List.of(), files());
    }
}
