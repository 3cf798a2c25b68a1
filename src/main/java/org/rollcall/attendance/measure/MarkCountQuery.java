package org.rollcall.attendance.measure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts each pupil's marks by code in a window with one SQL aggregate, so a school's year of
 * marks never leaves the database row by row. Marks outside a pupil's admission-to-leaving
 * dates are left out here: a pupil counts only while on roll.
 */
@ApplicationScoped
public class MarkCountQuery {
    private static final String SQL = "SELECT p.id, p.year_group, p.form, m.code, COUNT(*)"
            + " FROM session_mark m JOIN pupil p ON p.id = m.pupil_id"
            + " WHERE m.school_id = ? AND m.mark_date BETWEEN ? AND ?"
            + " AND (p.admission_date IS NULL OR m.mark_date >= p.admission_date)"
            + " AND (p.leaving_date IS NULL OR m.mark_date <= p.leaving_date)"
            + " GROUP BY p.id, p.year_group, p.form, m.code";

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    public List<PupilCounts> countsFor(long schoolId, LocalDate from, LocalDate to) {
        record Pupil(String yearGroup, String form, Map<String, Integer> byCode) {
        }
        Map<Long, Pupil> pupils = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setLong(1, schoolId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Pupil pupil = pupils.computeIfAbsent(rs.getLong(1),
                            id -> new Pupil(rsString(rs, 2), rsString(rs, 3), new HashMap<>()));
                    pupil.byCode().put(rs.getString(4), rs.getInt(5));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the marks", e);
        }
        List<PupilCounts> counts = new ArrayList<>(pupils.size());
        pupils.forEach((id, p) -> counts.add(new PupilCounts(id, p.yearGroup(), p.form(), p.byCode())));
        return counts;
    }

    private static String rsString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
