package org.rollcall.attendance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the register-code reference table; codes are data, never lists in Java. */
@ApplicationScoped
public class RegisterCodeRepository {
    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    public RegisterCodeRepository() {}

    /** Outside the server (the statistics benchmark). */
    public RegisterCodeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** All codes by code. Read fresh each call: the table is small and may be edited. */
    public Map<String, RegisterCode> all() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT code, category, description, valid_from, valid_to FROM register_code")) {
            Map<String, RegisterCode> codes = new LinkedHashMap<>();
            while (rs.next()) {
                codes.put(
                        rs.getString(1),
                        new RegisterCode(
                                rs.getString(1),
                                AttendanceCategory.valueOf(rs.getString(2)),
                                rs.getString(3),
                                date(rs.getDate(4)),
                                date(rs.getDate(5))));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the register codes", e);
        }
    }

    private static Optional<java.time.LocalDate> date(Date d) {
        return Optional.ofNullable(d).map(Date::toLocalDate);
    }
}
