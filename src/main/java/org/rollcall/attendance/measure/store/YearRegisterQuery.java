package org.rollcall.attendance.measure.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.CodeBook;

/**
 * Reads one school's marks for one academic year into a {@link YearRegister}.
 *
 * <p>The query starts from the school's pupils and reads each pupil's marks along the primary key
 * {@code (pupil_id, mark_date, session)}, which is the order they are stored in; going through the
 * {@code (school_id, mark_date)} index instead costs a random lookup per mark and was three times
 * slower on a year of 380,000 marks. The session number is worked out by the database, so each row
 * is three small values.
 */
public final class YearRegisterQuery {

    private static final String SQL = "SELECT STRAIGHT_JOIN m.pupil_id,"
            + " DATEDIFF(m.mark_date, ?) * 2 + (m.session = 'PM'), m.code"
            + " FROM pupil p JOIN session_mark m ON m.pupil_id = p.id AND m.mark_date BETWEEN ? AND ?"
            + " WHERE p.school_id = ?";

    private final DataSource dataSource;

    public YearRegisterQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param yearStart 1 September of the academic year
     * @throws StoredMarkRejected if a stored mark has a code the code table no longer accepts
     */
    public YearRegister load(long schoolId, LocalDate yearStart, CodeBook codes) {
        YearRegister.Builder register = YearRegister.builder(schoolId, yearStart);
        LocalDate start = register.start();
        Map<String, AttendanceCategory[]> byCode = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SQL)) {
            s.setDate(1, Date.valueOf(start));
            s.setDate(2, Date.valueOf(start));
            s.setDate(3, Date.valueOf(start.plusYears(1).minusDays(1)));
            s.setLong(4, schoolId);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int slot = rs.getInt(2);
                    String code = rs.getString(3);
                    AttendanceCategory category = category(codes, byCode, code, start, slot);
                    register.add(rs.getLong(1), slot, code, category);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the marks of school " + schoolId + " from " + start, e);
        }
        return register.build();
    }

    // Looking a code up by date for every mark is the slow part of loading: a code's category only
    // changes on the days its validity starts or ends, so remember it per code and day.
    private static AttendanceCategory category(
            CodeBook codes, Map<String, AttendanceCategory[]> cache, String code, LocalDate start, int slot) {
        AttendanceCategory[] byDay = cache.computeIfAbsent(code, k -> new AttendanceCategory[367]);
        int day = slot / 2;
        AttendanceCategory category = byDay[day];
        if (category == null) {
            LocalDate date = start.plusDays(day);
            try {
                category = codes.categoryOf(code, date);
            } catch (IllegalArgumentException e) {
                throw new StoredMarkRejected("A stored mark on " + date + " has the register code '" + code
                        + "', which the register code table does not accept on that date: correct the code table"
                        + " or re-import the marks. (" + e.getMessage() + ")");
            }
            byDay[day] = category;
        }
        return category;
    }
}
