package org.rollcall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollcallSettingsTest {

    private static RollcallSettings read(Map<String, String> values) {
        return RollcallSettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withNothingSetTheDocumentedDefaultsApply() {
        RollcallSettings s = read(Map.of());
        assertEquals(512L * 1024 * 1024, s.maxUploadBytes());
        assertEquals(Path.of("data").toAbsolutePath(), s.dataDir());
        assertEquals(Path.of("data", "inbox").toAbsolutePath(), s.inboxDir());
        assertEquals(10, s.inboxSettleSeconds());
        assertTrue(s.inboxAuto());
        assertEquals(128L * 1024 * 1024, s.statsCacheBytes());
        assertEquals("admin", s.adminUser());
        assertEquals(java.time.Duration.ofHours(72), s.mailRetryLimit());
        assertTrue(s.scheduleAuto());
    }

    @Test
    void theOutboxRetryLimitIsAWholeNumberOfHours() {
        assertEquals(
                java.time.Duration.ofHours(2),
                read(Map.of("ROLLCALL_MAIL_RETRY_HOURS", "2")).mailRetryLimit());
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_MAIL_RETRY_HOURS", "0")));
        assertTrue(refused.getMessage().contains("ROLLCALL_MAIL_RETRY_HOURS"), refused.getMessage());
        assertFalse(read(Map.of("ROLLCALL_SCHEDULE_AUTO", "false")).scheduleAuto());
    }

    @Test
    void thereIsNoDefaultAdminPasswordAndAShortOneStopsTheStart() {
        assertTrue(read(Map.of()).adminPassword().isEmpty(), "no default password");
        assertEquals(
                Optional.of("twelve-chars"),
                read(Map.of("ROLLCALL_ADMIN_PASSWORD", "twelve-chars")).adminPassword());
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_ADMIN_PASSWORD", "eleven-char")));
        assertTrue(refused.getMessage().contains("ROLLCALL_ADMIN_PASSWORD"), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least 12 characters"), refused.getMessage());
        assertFalse(refused.getMessage().contains("eleven-char"), "the password itself is not shown");
    }

    @Test
    void theInboxDefaultsToAFolderOfTheDataDirectory() {
        RollcallSettings s = read(Map.of(
                "ROLLCALL_DATA_DIR", "/srv/rollcall", "ROLLCALL_MAX_UPLOAD_MB", "5", "ROLLCALL_INBOX_AUTO", "FALSE"));
        assertEquals(Path.of("/srv/rollcall/inbox"), s.inboxDir());
        assertEquals(5L * 1024 * 1024, s.maxUploadBytes());
        assertFalse(s.inboxAuto());
    }

    @Test
    void aValueThatIsNotANumberNamesTheVariableAndTheProperty() {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_MAX_UPLOAD_MB", "abc")));
        assertEquals(
                "Setting ROLLCALL_MAX_UPLOAD_MB=abc is not valid: it must be a whole number (environment variable"
                        + " ROLLCALL_MAX_UPLOAD_MB or system property rollcall.max.upload.mb)",
                e.getMessage());
    }

    @Test
    void zeroMegabytesAndAVagueFlagAreRefused() {
        assertTrue(assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_STATS_CACHE_MB", "0")))
                .getMessage()
                .startsWith("Setting ROLLCALL_STATS_CACHE_MB=0 is not valid: it must be a whole number of at least 1"));
        assertTrue(assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_INBOX_AUTO", "yes")))
                .getMessage()
                .startsWith("Setting ROLLCALL_INBOX_AUTO=yes is not valid: it must be true or false"));
        assertTrue(assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_INBOX_SETTLE_SECONDS", "-1")))
                .getMessage()
                .startsWith("Setting ROLLCALL_INBOX_SETTLE_SECONDS=-1 is not valid"));
    }

    @Test
    void eachKindKeepsItsDocumentsForItsOwnPeriod() {
        RetentionSettings defaults = read(Map.of()).retention();
        assertEquals(java.time.Duration.ofDays(2190), defaults.of("GOVERNOR_PACK"), "6 years");
        assertEquals(java.time.Duration.ofDays(2190), defaults.of("SEF_SECTION"));
        assertEquals(java.time.Duration.ofDays(2190), defaults.of("LETTER"));
        assertEquals(java.time.Duration.ofDays(365), defaults.of("PARENT_PRINTOUT"), "a year");
        assertEquals(java.time.Duration.ofDays(365), defaults.of("PARENT_PRINT_FILE"));
        assertEquals(java.time.Duration.ofDays(365), defaults.of("STAFF_DATA_FORM"));
        assertEquals(java.time.Duration.ofDays(365), defaults.of("STAFF_DATA_YEAR"));
        assertEquals(java.time.Duration.ofDays(2190), defaults.of("SOMETHING_NEW"), "an unknown kind is kept longest");

        RetentionSettings set = read(Map.of(
                        "ROLLCALL_RETENTION_PARENT_PRINTOUT_DAYS", "30", "ROLLCALL_RETENTION_OTHER_DAYS", "3650"))
                .retention();
        assertEquals(java.time.Duration.ofDays(30), set.of("PARENT_PRINTOUT"));
        assertEquals(java.time.Duration.ofDays(365), set.of("STAFF_DATA_FORM"), "the others keep their defaults");
        assertEquals(java.time.Duration.ofDays(3650), set.of("SOMETHING_NEW"));
        assertTrue(
                assertThrows(IllegalStateException.class, () -> read(Map.of("ROLLCALL_RETENTION_LETTER_DAYS", "0")))
                        .getMessage()
                        .startsWith(
                                "Setting ROLLCALL_RETENTION_LETTER_DAYS=0 is not valid: it must be a whole number of at least 1"));
    }
}
