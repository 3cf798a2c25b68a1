package org.rollcall.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Dates and times from native queries: the JDBC driver may give java.sql or java.time types. */
final class StoredValues {
    private StoredValues() {}

    static LocalDateTime dateTime(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
