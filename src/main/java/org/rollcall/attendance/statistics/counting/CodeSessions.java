package org.rollcall.attendance.statistics.counting;

import java.util.Objects;
import org.rollcall.attendance.AttendanceCategory;

/** How many sessions carry one register code (with the category it had on those dates). */
public record CodeSessions(String code, AttendanceCategory category, long sessions) {

    public CodeSessions {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        if (sessions < 0) {
            throw new IllegalArgumentException("Sessions for code '" + code + "' must not be negative");
        }
    }
}
