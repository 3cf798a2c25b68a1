package org.rollcall.attendance.measure.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.rollcall.attendance.statistics.counting.DateWindow;

/** Finds the term of a school's calendar that contains a date, with its half term and closures. */
public final class TermQuery {

    private final DataSource dataSource;

    public TermQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<SchoolTerm> termContaining(long schoolId, LocalDate date) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT t.start_date, t.end_date, t.half_term_start, t.half_term_end, t.academic_year_id"
                                + " FROM term t JOIN academic_year y ON y.id = t.academic_year_id"
                                + " WHERE y.school_id = ? AND t.start_date <= ? AND t.end_date >= ? ORDER BY t.start_date")) {
            s.setLong(1, schoolId);
            s.setDate(2, Date.valueOf(date));
            s.setDate(3, Date.valueOf(date));
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                DateWindow dates =
                        DateWindow.of(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate());
                Optional<DateWindow> halfTerm = rs.getDate(3) == null || rs.getDate(4) == null
                        ? Optional.empty()
                        : Optional.of(DateWindow.of(
                                rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                return Optional.of(new SchoolTerm(dates, halfTerm, closures(c, rs.getLong(5), dates)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the calendar of school " + schoolId, e);
        }
    }

    private static Set<LocalDate> closures(Connection c, long academicYearId, DateWindow term) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT closure_date FROM closure WHERE academic_year_id = ? AND closure_date BETWEEN ? AND ?")) {
            s.setLong(1, academicYearId);
            s.setDate(2, Date.valueOf(term.from()));
            s.setDate(3, Date.valueOf(term.to()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getDate(1).toLocalDate());
                }
            }
        }
        return days;
    }
}
