package org.rollcall.attendance.importing;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Writes new marks, changed marks and the record of each change on the import's own connection
 * and transaction. A school sends hundreds of thousands of marks at once: new marks go in as
 * multi-row INSERTs of {@value #ROWS_PER_INSERT} rows (one round trip each, whatever the driver's
 * batch support), changes as JDBC batches.
 */
final class MarkWriter implements AutoCloseable {
    private static final int BATCH = 5000;
    private static final int ROWS_PER_INSERT = 1000;
    private static final int COLUMNS = 6;

    private final Connection connection;
    private final PreparedStatement insert;
    private final Object[] pending = new Object[ROWS_PER_INSERT * COLUMNS];
    private final PreparedStatement update;
    private final PreparedStatement change;
    private final long schoolId;
    private final long importId;
    private final Timestamp now;
    private int pendingInserts;
    private int pendingUpdates;

    /** @param now when the changes are recorded, in UTC */
    MarkWriter(Connection c, long schoolId, long importId, LocalDateTime now) throws SQLException {
        this.now = Timestamp.valueOf(now);
        this.connection = c;
        this.schoolId = schoolId;
        this.importId = importId;
        insert = c.prepareStatement(insertSql(ROWS_PER_INSERT));
        update = c.prepareStatement(
                "UPDATE session_mark SET code = ?, minutes_late = ? WHERE pupil_id = ? AND mark_date = ? AND session = ?");
        change = c.prepareStatement(
                "INSERT INTO mark_change (import_id, pupil_id, mark_date, session, old_code, new_code, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    void add(long pupilId, LocalDate date, String session, String code, Integer minutesLate) throws SQLException {
        int at = pendingInserts * COLUMNS;
        pending[at] = pupilId;
        pending[at + 1] = Date.valueOf(date);
        pending[at + 2] = session;
        pending[at + 3] = code;
        pending[at + 4] = minutesLate;
        pending[at + 5] = schoolId;
        if (++pendingInserts == ROWS_PER_INSERT) {
            insertPending(insert);
        }
    }

    private void insertPending(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < pendingInserts * COLUMNS; i++) {
            if (pending[i] == null) {
                statement.setNull(i + 1, Types.SMALLINT);
            } else {
                statement.setObject(i + 1, pending[i]);
            }
        }
        statement.executeUpdate();
        pendingInserts = 0;
    }

    private static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO session_mark (pupil_id, mark_date, session, code, minutes_late, school_id) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    void replace(long pupilId, LocalDate date, String session, String oldCode, String code, Integer minutesLate)
            throws SQLException {
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
            try (PreparedStatement tail = connection.prepareStatement(insertSql(pendingInserts))) {
                insertPending(tail);
            }
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
