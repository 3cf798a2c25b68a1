package org.rollcall.attendance.importing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * JDBC batches for new marks, changed marks and the record of each change, on the import's own
 * connection and transaction. A school sends hundreds of thousands of marks at once.
 */
final class MarkWriter implements AutoCloseable {
    private static final int BATCH = 5000;

    private final PreparedStatement insert;
    private final PreparedStatement update;
    private final PreparedStatement change;
    private final long schoolId;
    private final long importId;
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    private int pendingInserts;
    private int pendingUpdates;

    MarkWriter(Connection c, long schoolId, long importId) throws SQLException {
        this.schoolId = schoolId;
        this.importId = importId;
        insert = c.prepareStatement("INSERT INTO session_mark (pupil_id, mark_date, session, code, minutes_late, school_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
        update = c.prepareStatement("UPDATE session_mark SET code = ?, minutes_late = ? WHERE pupil_id = ? AND mark_date = ? AND session = ?");
        change = c.prepareStatement("INSERT INTO mark_change (import_id, pupil_id, mark_date, session, old_code, new_code, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    void add(long pupilId, LocalDate date, String session, String code, Integer minutesLate) throws SQLException {
        insert.setLong(1, pupilId);
        insert.setDate(2, Date.valueOf(date));
        insert.setString(3, session);
        insert.setString(4, code);
        setMinutes(insert, 5, minutesLate);
        insert.setLong(6, schoolId);
        insert.addBatch();
        if (++pendingInserts == BATCH) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    void replace(long pupilId, LocalDate date, String session, String oldCode, String code, Integer minutesLate) throws SQLException {
        update.setString(1, code);
        setMinutes(update, 2, minutesLate);
        update.setLong(3, pupilId);
        update.setDate(4, Date.valueOf(date));
        update.setString(5, session);
        update.addBatch();
        change.setLong(1, importId);
        change.setLong(2, pupilId);
        change.setDate(3, Date.valueOf(date));
        change.setString(4, session);
        change.setString(5, oldCode);
        change.setString(6, code);
        change.setTimestamp(7, now);
        change.addBatch();
        if (++pendingUpdates == BATCH) {
            flushUpdates();
        }
    }

    void flush() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
        flushUpdates();
    }

    private void flushUpdates() throws SQLException {
        if (pendingUpdates > 0) {
            update.executeBatch();
            change.executeBatch();
            pendingUpdates = 0;
        }
    }

    private static void setMinutes(PreparedStatement s, int index, Integer minutes) throws SQLException {
        if (minutes == null) {
            s.setNull(index, Types.SMALLINT);
        } else {
            s.setInt(index, minutes);
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        update.close();
        change.close();
    }
}
