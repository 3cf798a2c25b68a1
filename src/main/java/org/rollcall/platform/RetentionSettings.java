package org.rollcall.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the archive keeps a document of each kind before the daily erasure deletes it (issue 11),
 * each {@code ROLLCALL_RETENTION_<KIND>_DAYS}; a kind not listed keeps {@code ROLLCALL_RETENTION_OTHER_DAYS}.
 * The defaults and why they were chosen are in the README ("Retention"): six years for what a school
 * must be able to show later (governors' papers, the SEF, letters that may become evidence for a penalty
 * notice or a prosecution, as long as registers are kept), one year for what is superseded every term.
 */
public record RetentionSettings(Map<String, Duration> byKind, Duration other) {

    /** Kind to default days, in the order the README lists them. */
    public static final Map<String, Long> DEFAULT_DAYS = defaults();

    public static final long OTHER_DAYS = 2190;

    public RetentionSettings {
        byKind = Map.copyOf(byKind);
    }

    /** How long a document of this kind is kept. */
    public Duration of(String kind) {
        return byKind.getOrDefault(kind, other);
    }

    /** The environment variable that sets a kind's period. */
    public static String variable(String kind) {
        return "ROLLCALL_RETENTION_" + kind + "_DAYS";
    }

    static RetentionSettings read(RollcallSettings.Reader r) {
        Map<String, Duration> byKind = new LinkedHashMap<>();
        DEFAULT_DAYS.forEach((kind, days) -> byKind.put(kind, Duration.ofDays(r.positive(variable(kind), days))));
        return new RetentionSettings(byKind, Duration.ofDays(r.positive(variable("OTHER"), OTHER_DAYS)));
    }

    private static Map<String, Long> defaults() {
        Map<String, Long> days = new LinkedHashMap<>();
        days.put("GOVERNOR_PACK", 2190L);
        days.put("SEF_SECTION", 2190L);
        days.put("LETTER", 2190L);
        days.put("PARENT_PRINTOUT", 365L);
        days.put("PARENT_PRINT_FILE", 365L);
        days.put("STAFF_DATA_FORM", 365L);
        days.put("STAFF_DATA_YEAR", 365L);
        return java.util.Collections.unmodifiableMap(days);
    }
}
