package org.rollcall.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive is writable when a file can be written there now, and the probe leaves nothing behind. */
class ArchiveProbeTest {
    @TempDir
    Path data;

    @Test
    void aWritableArchiveHasNoProblemAndKeepsNoProbeFile() throws Exception {
        Path archive = Files.createDirectory(data.resolve("archive"));

        assertEquals(Optional.empty(), ArchiveProbe.problem(archive));
        try (var left = Files.list(archive)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void anArchiveNotMadeYetIsMadeAsTheArchiveWouldOnItsFirstDocument() {
        Path archive = data.resolve("archive");

        assertEquals(Optional.empty(), ArchiveProbe.problem(archive));
        assertTrue(Files.isDirectory(archive));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAProblemEvenForRoot() throws Exception {
        Path archive = Files.writeString(data.resolve("archive"), "not a folder");

        Optional<String> problem = ArchiveProbe.problem(archive);

        assertTrue(problem.orElseThrow().startsWith("cannot write to the archive folder " + archive), problem.get());
    }
}
