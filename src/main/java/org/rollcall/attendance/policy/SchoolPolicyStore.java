package org.rollcall.attendance.policy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.rollcall.attendance.statistics.comparison.SchoolTargets;
import org.rollcall.attendance.statistics.pupil.BandLimits;

/** Schools' targets and band limits in {@code school_attendance_policy}; no row means the defaults. */
@ApplicationScoped
public class SchoolPolicyStore {

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    public SchoolPolicy of(long schoolId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT * FROM school_attendance_policy WHERE school_id = ?")) {
            s.setLong(1, schoolId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return SchoolPolicy.DEFAULT;
                }
                Optional<BigDecimal> attendance = Jdbc.percent(rs, "attendance_target");
                Optional<BigDecimal> pa = Jdbc.percent(rs, "persistent_absence_target");
                Optional<SchoolTargets> targets = attendance.isPresent() && pa.isPresent()
                        ? Optional.of(new SchoolTargets(attendance.get(), pa.get()))
                        : Optional.empty();
                return new SchoolPolicy(
                        targets,
                        new BandLimits(
                                rs.getBigDecimal("band_excellent"),
                                rs.getBigDecimal("band_early_concern"),
                                rs.getBigDecimal("band_at_risk"),
                                rs.getBigDecimal("band_persistent_absence"),
                                rs.getBigDecimal("band_serious")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the attendance policy of school " + schoolId, e);
        }
    }

    public void putTargets(long schoolId, SchoolTargets targets) {
        update(schoolId, "attendance_target = ?, persistent_absence_target = ?", new Object[] {
            targets.attendance(), targets.persistentAbsence()
        });
    }

    public void putBands(long schoolId, BandLimits b) {
        update(
                schoolId,
                "band_excellent = ?, band_early_concern = ?, band_at_risk = ?, band_persistent_absence = ?,"
                        + " band_serious = ?",
                new Object[] {b.excellent(), b.earlyConcern(), b.atRisk(), b.persistentAbsence(), b.serious()});
    }

    // Insert the row with its defaults if missing, then set the given columns: one statement each,
    // in the caller's transaction when there is one.
    private void update(long schoolId, String assignments, Object[] values) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO school_attendance_policy (school_id, updated_at) VALUES (?, NOW(3))")) {
                insert.setLong(1, schoolId);
                insert.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE school_attendance_policy SET " + assignments
                    + ", updated_at = NOW(3) WHERE school_id = ?")) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.setLong(values.length + 1, schoolId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the attendance policy of school " + schoolId, e);
        }
    }
}
