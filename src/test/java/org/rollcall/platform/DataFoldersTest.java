package org.rollcall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Folders read from the settings: absolute and normalised, whatever was written. */
class DataFoldersTest {

    @AfterEach
    void forget() {
        System.clearProperty("rollcall.data.dir");
        System.clearProperty("rollcall.inbox.dir");
    }

    @Test
    void aRelativeDataFolderIsReadAgainstTheWorkingFolderAndTheInboxAndArchiveLiveInIt() {
        System.setProperty("rollcall.data.dir", "some/../school-data");
        Path working = Path.of("").toAbsolutePath();

        DataFolders folders = DataFolders.resolve();

        assertEquals(working.resolve("school-data"), folders.data());
        assertEquals(working.resolve("school-data").resolve("archive"), folders.archive());
        assertEquals(working.resolve("school-data").resolve("inbox"), folders.inbox());
    }

    @Test
    void anInboxOfItsOwnIsResolvedTheSameWay() {
        System.setProperty("rollcall.data.dir", "/srv/rollcall");
        System.setProperty("rollcall.inbox.dir", "/srv/mis-exports/./drop");

        DataFolders folders = DataFolders.resolve();

        assertEquals(Path.of("/srv/rollcall/archive"), folders.archive());
        assertEquals(Path.of("/srv/mis-exports/drop"), folders.inbox());
    }
}
