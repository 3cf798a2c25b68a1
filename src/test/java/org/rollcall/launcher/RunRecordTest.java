package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start on a data folder where an earlier start's processes still run is refused, naming them. */
class RunRecordTest {

    @Test
    void aProcessLeftRunningByAnEarlierStartIsNamedAndTheStartRefused(@TempDir Path data) throws Exception {
        Process leftBehind = new ProcessBuilder("sleep", "60").start();
        try {
            new RunRecord(data).add("the embedded MariaDB", leftBehind.toHandle());

            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> new RunRecord(data).refuseIfStillRunning());

            assertEquals(
                    "An earlier start of the Run command on " + data
                            + " is still running: the embedded MariaDB (process "
                            + leftBehind.pid() + "). If its launcher was killed, stop them (kill " + leftBehind.pid()
                            + ") and start again.",
                    refused.getMessage());
        } finally {
            leftBehind.destroyForcibly().waitFor();
        }
        assertDoesNotThrow(() -> new RunRecord(data).refuseIfStillRunning());
    }

    @Test
    void aLiveProcessThatMerelyReusedTheIdIsNotTakenForALeftover(@TempDir Path data) throws Exception {
        // this JVM's id with another start instant: the id was reused, the recorded process is gone
        Files.write(
                data.resolve(RunRecord.FILE), List.of(ProcessHandle.current().pid() + " 2020-01-01T00:00:00Z WildFly"));

        assertDoesNotThrow(() -> new RunRecord(data).refuseIfStillRunning());
    }

    @Test
    void aCleanStopRemovesOnlyItsOwnRecord(@TempDir Path data) throws Exception {
        RunRecord earlier = new RunRecord(data);
        earlier.add("the launcher", ProcessHandle.current());

        new RunRecord(data).clear();
        assertTrue(Files.exists(data.resolve(RunRecord.FILE)), "a start that recorded nothing leaves the file alone");
        earlier.clear();
        assertFalse(Files.exists(data.resolve(RunRecord.FILE)));
    }
}
