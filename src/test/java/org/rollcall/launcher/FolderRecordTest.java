package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.platform.DataFolders;

/** What the Run command says about its folders at start. */
class FolderRecordTest {

    @Test
    void aNewDataFolderIsCalledNewAndAMovedInboxIsAWarningAtTheNextStart(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        DataFolders first = new DataFolders(data, data.resolve("archive"), data.resolve("inbox"));
        List<String> atFirstStart = FolderRecord.describe(first, data.resolve("db"));
        assertEquals("Data folder " + data, atFirstStart.get(0));
        assertTrue(atFirstStart.get(4).startsWith("  This data folder is new"), atFirstStart.toString());
        FolderRecord.write(first);

        Path otherInbox = temp.resolve("drop");
        List<String> atNextStart =
                FolderRecord.describe(new DataFolders(data, data.resolve("archive"), otherInbox), data.resolve("db"));

        assertTrue(
                atNextStart.contains("  WARNING: the inbox was " + data.resolve("inbox") + " at the last start and is "
                        + otherInbox + " now (ROLLCALL_INBOX_DIR); files left in " + data.resolve("inbox")
                        + " are not used."),
                atNextStart.toString());
        assertTrue(atNextStart.stream().noneMatch(l -> l.contains("is new")), atNextStart.toString());
    }
}
