package org.rollcall.attendance.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Every pupil's marks as one byte per session, for checking a file against what is stored and
 * against itself. Its size follows the school (pupils times days with marks), never the file,
 * so an import's memory stays flat however large the upload. A byte holds the code's number
 * plus one (0 = no mark) and a flag for "already seen in this file".
 */
final class MarkGrid {
    private static final int SEEN = 0x80;
    private static final int CODE = 0x7F;
    private static final int GROWTH_DAYS = 200;

    private static final class Row {
        long firstDay;
        byte[] sessions = new byte[0];
    }

    private final Map<Long, Row> rows = new HashMap<>();

    /** The stored code number (1-based) for the session, or 0 if none. */
    int stored(long pupilId, LocalDate date, boolean pm) {
        Row row = rows.get(pupilId);
        int i = row == null ? -1 : index(row, date, pm);
        return i < 0 || i >= row.sessions.length ? 0 : row.sessions[i] & CODE;
    }

    void store(long pupilId, LocalDate date, boolean pm, int codeNumber) {
        Row row = cover(pupilId, date);
        int i = index(row, date, pm);
        row.sessions[i] = (byte) ((row.sessions[i] & SEEN) | codeNumber);
    }

    /** Marks the session as seen in this file; false if it was seen already (a duplicate row). */
    boolean firstSighting(long pupilId, LocalDate date, boolean pm) {
        Row row = cover(pupilId, date);
        int i = index(row, date, pm);
        if ((row.sessions[i] & SEEN) != 0) {
            return false;
        }
        row.sessions[i] = (byte) (row.sessions[i] | SEEN);
        return true;
    }

    private Row cover(long pupilId, LocalDate date) {
        Row row = rows.computeIfAbsent(pupilId, id -> new Row());
        long day = date.toEpochDay();
        if (row.sessions.length == 0) {
            row.firstDay = day - GROWTH_DAYS / 2;
            row.sessions = new byte[GROWTH_DAYS * 2];
        }
        if (day < row.firstDay) {
            long newFirst = day - GROWTH_DAYS;
            byte[] grown = new byte[row.sessions.length + (int) (row.firstDay - newFirst) * 2];
            System.arraycopy(row.sessions, 0, grown, (int) (row.firstDay - newFirst) * 2, row.sessions.length);
            row.sessions = grown;
            row.firstDay = newFirst;
        }
        int needed = (int) (day - row.firstDay + 1) * 2;
        if (needed > row.sessions.length) {
            byte[] grown = new byte[needed + GROWTH_DAYS * 2];
            System.arraycopy(row.sessions, 0, grown, 0, row.sessions.length);
            row.sessions = grown;
        }
        return row;
    }

    private static int index(Row row, LocalDate date, boolean pm) {
        long offset = date.toEpochDay() - row.firstDay;
        return offset < 0 ? -1 : (int) (offset * 2 + (pm ? 1 : 0));
    }
}
