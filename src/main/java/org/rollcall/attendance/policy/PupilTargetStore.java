package org.rollcall.attendance.policy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/** The school's own targets for single pupils ({@code pupil_target}), which win over the default rule. */
@ApplicationScoped
public class PupilTargetStore {

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    public Optional<BigDecimal> override(long pupilId, LocalDate termStart) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT target FROM pupil_target WHERE pupil_id = ? AND term_start = ?")) {
            s.setLong(1, pupilId);
            s.setDate(2, Date.valueOf(termStart));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a pupil target", e);
        }
    }

    public void put(long pupilId, LocalDate termStart, BigDecimal target, String setBy) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO pupil_target (pupil_id, term_start, target, set_by, set_at) VALUES (?, ?, ?, ?, NOW(3))"
                                + " ON DUPLICATE KEY UPDATE target = VALUES(target), set_by = VALUES(set_by), set_at = NOW(3)")) {
            s.setLong(1, pupilId);
            s.setDate(2, Date.valueOf(termStart));
            s.setBigDecimal(3, target);
            s.setString(4, setBy);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a pupil target", e);
        }
    }

    /** @return whether there was an override to remove */
    public boolean remove(long pupilId, LocalDate termStart) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("DELETE FROM pupil_target WHERE pupil_id = ? AND term_start = ?")) {
            s.setLong(1, pupilId);
            s.setDate(2, Date.valueOf(termStart));
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove a pupil target", e);
        }
    }
}
