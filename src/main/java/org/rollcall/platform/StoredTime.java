package org.rollcall.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Timestamps are stored in UTC (created, sent, occurred): this is "now" for a database column. */
public final class StoredTime {
    private StoredTime() {}

    public static LocalDateTime now(Clock clock) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
