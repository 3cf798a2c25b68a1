package org.rollcall.attendance.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.rollcall.attendance.measure.MarkChanges;

/**
 * Writes marks with plain JDBC batches (a school sends hundreds of thousands at once), inside the
 * caller's transaction. Only new or changed marks are written.
 */
@ApplicationScoped
class MarkStore {
    private static final int BATCH = 2000;

    record Outcome(int added, int changed, int unchanged) {
    }

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    MarkChanges markChanges;

    Outcome write(long schoolId, List<MarkRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        LocalDate from = rows.stream().map(MarkRow::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = rows.stream().map(MarkRow::date).max(Comparator.naturalOrder()).orElseThrow();
        try (Connection c = dataSource.getConnection()) {
            Map<MarkRow.Key, String> existing = existing(c, schoolId, from, to);
            int added = 0;
            int changed = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO session_mark"
                    + " (pupil_id, mark_date, session, code, minutes_late, school_id) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE code = VALUES(code), minutes_late = VALUES(minutes_late)")) {
                int pending = 0;
                for (MarkRow row : rows) {
                    String old = existing.get(row.key());
                    if (Objects.equals(old, row.code())) {
                        continue;
                    }
                    if (old == null) {
                        added++;
                    } else {
                        changed++;
                    }
                    insert.setLong(1, row.pupilId());
                    insert.setDate(2, Date.valueOf(row.date()));
                    insert.setString(3, row.pm() ? "PM" : "AM");
                    insert.setString(4, row.code());
                    if (row.minutesLate() == null) {
                        insert.setNull(5, Types.SMALLINT);
                    } else {
                        insert.setInt(5, row.minutesLate());
                    }
                    insert.setLong(6, schoolId);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            markChanges.written(schoolId); // the cached figures of this school are stale now
            return new Outcome(added, changed, rows.size() - added - changed);
        }
    }

    private static Map<MarkRow.Key, String> existing(Connection c, long schoolId, LocalDate from, LocalDate to) throws SQLException {
        Map<MarkRow.Key, String> marks = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT pupil_id, mark_date, session, code FROM session_mark"
                + " WHERE school_id = ? AND mark_date BETWEEN ? AND ?")) {
            select.setLong(1, schoolId);
            select.setDate(2, Date.valueOf(from));
            select.setDate(3, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    marks.put(new MarkRow.Key(rs.getLong(1), rs.getDate(2).toLocalDate(), "PM".equals(rs.getString(3))),
                            rs.getString(4));
                }
            }
        }
        return marks;
    }
}
