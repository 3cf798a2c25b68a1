package org.rollcall.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application's settings, read and checked once at start-up (see {@link SettingsProducer}), so
 * a bad value such as {@code ROLLCALL_MAX_UPLOAD_MB=abc} stops the deployment with a message that
 * names the variable instead of failing some later request. Each is an environment variable or
 * the same name as a system property ({@link Settings}). The database, mail session and HTTP port
 * are read by the server itself ({@code configure-server.cli}).
 *
 * @param mailRetryLimit how long the outbox keeps trying a message (ROLLCALL_MAIL_RETRY_HOURS, default 72)
 * @param scheduleAuto whether the term schedule is checked by a timer (ROLLCALL_SCHEDULE_AUTO, default true)
 * @param packWarmUp whether each school's current governor pack is assembled once after a start, reading its
 *     registers into the cache (ROLLCALL_PACK_WARM_UP, default true)
 */
public record RollcallSettings(
        Path dataDir,
        long maxUploadBytes,
        Path inboxDir,
        long inboxSettleSeconds,
        boolean inboxAuto,
        long statsCacheBytes,
        String adminUser,
        Optional<String> adminPassword,
        RetentionSettings retention,
        java.time.Duration mailRetryLimit,
        boolean scheduleAuto,
        boolean packWarmUp) {

    /** The shortest password Rollcall accepts, for the first admin and through the users API. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final long MB = 1024L * 1024L;

    /** From the environment and system properties. */
    public static RollcallSettings read() {
        return read(Settings::get);
    }

    /** From any source of raw values by variable name (tests). */
    public static RollcallSettings read(Function<String, Optional<String>> source) {
        Reader r = new Reader(source);
        Path dataDir = r.path("ROLLCALL_DATA_DIR", Path.of("data"));
        return new RollcallSettings(
                dataDir,
                r.positive("ROLLCALL_MAX_UPLOAD_MB", 512) * MB,
                r.path("ROLLCALL_INBOX_DIR", dataDir.resolve("inbox")),
                r.atLeastZero("ROLLCALL_INBOX_SETTLE_SECONDS", 10),
                r.flag("ROLLCALL_INBOX_AUTO", true),
                r.positive("ROLLCALL_STATS_CACHE_MB", 128) * MB,
                r.text("ROLLCALL_ADMIN_USER", "admin"),
                r.password("ROLLCALL_ADMIN_PASSWORD"),
                RetentionSettings.read(r),
                java.time.Duration.ofHours(r.positive("ROLLCALL_MAIL_RETRY_HOURS", 72)),
                r.flag("ROLLCALL_SCHEDULE_AUTO", true),
                r.flag("ROLLCALL_PACK_WARM_UP", true));
    }

    /** Parses raw values; every failure names the variable, the value and what it should be. */
    record Reader(Function<String, Optional<String>> source) {
        String text(String name, String fallback) {
            return source.apply(name).orElse(fallback);
        }

        /** No default: without the variable no admin is made (see FirstAdmin); a short one stops the start. */
        Optional<String> password(String name) {
            Optional<String> raw = source.apply(name).filter(p -> !p.isEmpty());
            if (raw.isPresent() && raw.get().length() < MIN_PASSWORD_LENGTH) {
                throw bad(
                        name,
                        "(" + raw.get().length() + " characters, not shown)",
                        "a password of at least " + MIN_PASSWORD_LENGTH + " characters");
            }
            return raw;
        }

        Path path(String name, Path fallback) {
            // absolute and normalised, as DataFolders resolves them, so both name the same folder
            return source.apply(name)
                    .map(Path::of)
                    .orElse(fallback)
                    .toAbsolutePath()
                    .normalize();
        }

        long positive(String name, long fallback) {
            long value = whole(name, fallback);
            if (value < 1) {
                throw bad(name, value, "a whole number of at least 1");
            }
            return value;
        }

        long atLeastZero(String name, long fallback) {
            long value = whole(name, fallback);
            if (value < 0) {
                throw bad(name, value, "a whole number of at least 0");
            }
            return value;
        }

        boolean flag(String name, boolean fallback) {
            Optional<String> raw = source.apply(name);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw bad(name, raw.get(), "true or false");
            };
        }

        private long whole(String name, long fallback) {
            Optional<String> raw = source.apply(name);
            try {
                return raw.map(Long::parseLong).orElse(fallback);
            } catch (NumberFormatException e) {
                throw bad(name, raw.get(), "a whole number");
            }
        }

        private static IllegalStateException bad(String name, Object value, String expected) {
            return new IllegalStateException("Setting " + name + "=" + value + " is not valid: it must be " + expected
                    + " (environment variable " + name + " or system property " + Settings.propertyName(name) + ")");
        }
    }
}
