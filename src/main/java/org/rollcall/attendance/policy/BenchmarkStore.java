package org.rollcall.attendance.policy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;

/** National benchmarks, reference data in {@code national_benchmark} (seeded by migration V10). */
@ApplicationScoped
public class BenchmarkStore {

    private static final String COLUMNS =
            "year_label, overall_absence, unauthorised_absence, persistent_absence," + " severe_absence, source";

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    /** Oldest first. */
    public List<NationalBenchmark> all() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM national_benchmark ORDER BY year_label")) {
            List<NationalBenchmark> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new NationalBenchmark(
                        rs.getString("year_label"),
                        Jdbc.percent(rs, "overall_absence"),
                        Jdbc.percent(rs, "unauthorised_absence"),
                        Jdbc.percent(rs, "persistent_absence"),
                        Jdbc.percent(rs, "severe_absence"),
                        rs.getString("source")));
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the national benchmarks", e);
        }
    }

    public Optional<NationalBenchmark> year(String label) {
        return all().stream().filter(b -> b.year().equals(label)).findFirst();
    }

    /**
     * The benchmark to compare a window of academic year {@code label} with: that year's if
     * published, else the latest published before it (national figures lag a year or more).
     */
    public Optional<NationalBenchmark> forYear(String label) {
        Optional<NationalBenchmark> best = Optional.empty();
        for (NationalBenchmark b : all()) {
            if (b.year().compareTo(label) <= 0) {
                best = Optional.of(b);
            }
        }
        return best;
    }

    /** Adds or replaces one year's figures. */
    public void put(NationalBenchmark b) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO national_benchmark (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, NOW(3))"
                                + " ON DUPLICATE KEY UPDATE overall_absence = VALUES(overall_absence),"
                                + " unauthorised_absence = VALUES(unauthorised_absence),"
                                + " persistent_absence = VALUES(persistent_absence), severe_absence = VALUES(severe_absence),"
                                + " source = VALUES(source), updated_at = NOW(3)")) {
            s.setString(1, b.year());
            Jdbc.setPercent(s, 2, b.overallAbsence());
            Jdbc.setPercent(s, 3, b.unauthorisedAbsence());
            Jdbc.setPercent(s, 4, b.persistentAbsence());
            Jdbc.setPercent(s, 5, b.severeAbsence());
            s.setString(6, b.source());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the national benchmark for " + b.year(), e);
        }
    }
}
