package org.rollcall.attendance.measure.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.population.PupilProfile;
import org.rollcall.attendance.statistics.population.SenProvision;

/**
 * Reads a school's pupils with their characteristics and enrolment spells. Read fresh for every
 * request (a few milliseconds for 1,500 pupils), so a pupil import is seen at once.
 *
 * <p>A pupil counts only inside one of its {@code enrolment} spells; a pupil with no spell recorded
 * (older data) counts throughout, bounded by {@code pupil.admission_date} and {@code leaving_date}
 * when they are set. Characteristics not recorded are read as "no" (flags), no SEN, and
 * {@value #NOT_RECORDED} (gender, ethnicity), so such pupils still count in every figure.
 */
public final class RollQuery {

    static final String NOT_RECORDED = "Not recorded";

    private static final String PUPILS = "SELECT id, upn, year_group, form, gender, fsm, disadvantaged, sen, eal,"
            + " ethnicity, looked_after, child_in_need, admission_date, leaving_date FROM pupil WHERE school_id = ?";
    private static final String SPELLS = "SELECT e.pupil_id, e.admission_date, e.leaving_date FROM enrolment e"
            + " JOIN pupil p ON p.id = e.pupil_id WHERE p.school_id = ? ORDER BY e.pupil_id, e.admission_date";

    private final DataSource dataSource;

    public RollQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every pupil the school has ever had on roll, in UPN order. */
    public List<RollPupil> roll(long schoolId) {
        return read(schoolId, Optional.empty());
    }

    public Optional<RollPupil> pupil(long schoolId, String upn) {
        return read(schoolId, Optional.of(upn)).stream().findFirst();
    }

    private List<RollPupil> read(long schoolId, Optional<String> upn) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<EnrolmentSpell>> spells = spells(c, schoolId, upn);
            List<RollPupil> roll = new ArrayList<>();
            String sql = PUPILS + (upn.isPresent() ? " AND upn = ?" : "") + " ORDER BY upn";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, schoolId);
                if (upn.isPresent()) {
                    s.setString(2, upn.get());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        List<EnrolmentSpell> recorded = spells.get(id);
                        roll.add(new RollPupil(id, profile(rs), recorded != null ? recorded : unrecordedSpell(rs)));
                    }
                }
            }
            return roll;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the pupils of school " + schoolId, e);
        }
    }

    private static Map<Long, List<EnrolmentSpell>> spells(Connection c, long schoolId, Optional<String> upn)
            throws SQLException {
        Map<Long, List<EnrolmentSpell>> spells = new HashMap<>();
        String sql = upn.isPresent() ? SPELLS.replace("ORDER BY", "AND p.upn = ? ORDER BY") : SPELLS;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, schoolId);
            if (upn.isPresent()) {
                s.setString(2, upn.get());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<EnrolmentSpell> list = spells.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>());
                    spell(rs.getDate(2).toLocalDate(), date(rs.getDate(3))).ifPresent(list::add);
                }
            }
        }
        return spells;
    }

    /** No enrolment rows: on roll throughout, within the pupil's own dates if set. */
    private static List<EnrolmentSpell> unrecordedSpell(ResultSet rs) throws SQLException {
        LocalDate admission = date(rs.getDate("admission_date")).orElse(LocalDate.MIN);
        return spell(admission, date(rs.getDate("leaving_date"))).map(List::of).orElse(List.of());
    }

    // A leaving date before the admission date is a data error: that spell counts for nothing.
    private static Optional<EnrolmentSpell> spell(LocalDate admission, Optional<LocalDate> leaving) {
        if (leaving.isPresent() && leaving.get().isBefore(admission)) {
            return Optional.empty();
        }
        return Optional.of(new EnrolmentSpell(admission, leaving));
    }

    private static PupilProfile profile(ResultSet rs) throws SQLException {
        return PupilProfile.builder(rs.getString("upn"))
                .yearGroup(rs.getString("year_group"))
                .form(rs.getString("form"))
                .gender(text(rs.getString("gender")))
                .fsm(flag(rs, "fsm"))
                .disadvantaged(flag(rs, "disadvantaged"))
                .sen(sen(rs.getString("sen")))
                .eal(flag(rs, "eal"))
                .ethnicity(text(rs.getString("ethnicity")))
                .lookedAfter(flag(rs, "looked_after"))
                .childInNeed(flag(rs, "child_in_need"))
                .build();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    private static boolean flag(ResultSet rs, String column) throws SQLException {
        return rs.getBoolean(column); // NULL reads as false
    }

    private static SenProvision sen(String code) {
        return code == null || code.isBlank()
                ? SenProvision.NONE
                : SenProvision.ofCode(code.trim().toUpperCase());
    }

    private static Optional<LocalDate> date(Date d) {
        return Optional.ofNullable(d).map(Date::toLocalDate);
    }
}
