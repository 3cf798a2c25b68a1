package org.rollcall.platform.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether documents can be written to the archive folder now, found out by writing: creating the folder if it
 * is not there yet (the archive makes it on first use too), then a small file, then deleting it.
 * {@code Files.isWritable} is not enough: it answers true for root whatever the folder's permissions, and
 * says nothing about a full or read-only file system.
 */
final class ArchiveProbe {
    private ArchiveProbe() {}

    /** Empty when a file could be written; otherwise what stood in the way, in words for the log. */
    static Optional<String> problem(Path archive) {
        try {
            Files.createDirectories(archive);
            Path probe = Files.createTempFile(archive, ".readiness-", ".probe");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot write to the archive folder " + archive + ": " + e);
        }
    }
}
