package org.rollcall.attendance.measure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.rollcall.attendance.measure.store.RegisterWindow;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.measure.store.SchoolAttendanceReader;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.policy.SchoolPolicy;
import org.rollcall.attendance.policy.SchoolPolicyStore;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.PupilProfile;
import org.rollcall.attendance.statistics.pupil.EscalationRule;
import org.rollcall.attendance.statistics.pupil.IndividualTarget;
import org.rollcall.attendance.statistics.pupil.ProcessMapGuidance;
import org.rollcall.attendance.statistics.pupil.PupilAssessor;
import org.rollcall.attendance.statistics.pupil.TargetRule;
import org.rollcall.attendance.statistics.pupil.TrackRule;
import org.rollcall.school.School;

/**
 * Every pupil on roll in a window assessed at once, exactly as {@link PupilAttendanceService#assess}
 * assesses one (same windows, target rule, overrides, bands), but from one read of the roll, the
 * cached registers of the window, the term and the year before, and one query for the school's
 * target overrides: a bulk run costs a few queries, not several per pupil.
 */
@ApplicationScoped
public class SchoolAssessments {

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    AttendanceService attendance;

    @Inject
    PupilAttendanceService pupils;

    @Inject
    SchoolPolicyStore policies;

    private final ProcessMapGuidance guidance = ProcessMapGuidance.standard();

    /** Pupils on roll on at least one day of the window whose profile passes {@code include}, in UPN order. */
    public List<AssessedPupil> assess(School school, DateWindow window, Predicate<PupilProfile> include) {
        SchoolAttendanceReader reader = attendance.reader();
        SchoolTerm term = pupils.term(school, window);
        RegisterWindow marks = reader.window(school.getId(), window);
        RegisterWindow termSoFar = reader.window(school.getId(), DateWindow.of(term.start(), window.to()));
        RegisterWindow yearBefore = reader.window(
                school.getId(),
                DateWindow.of(term.start().minusYears(1), term.start().minusDays(1)));
        Map<Long, BigDecimal> overrides = overrides(school.getId(), term);
        PupilAssessor assessor = assessor(policies.of(school.getId()));
        long remaining = term.sessionsAfter(window.to());
        List<AssessedPupil> assessed = new ArrayList<>();
        for (RollPupil p : reader.roll(school.getId())) {
            if (!onRoll(p, window) || !include.test(p.profile())) {
                continue;
            }
            IndividualTarget target = TargetRule.DEFAULT.targetFor(
                    p.upn(), term.dates(), yearBefore.tally(p), Optional.ofNullable(overrides.get(p.id())));
            var weekly = marks.weekly(p);
            var tally = marks.tally(p);
            assessed.add(new AssessedPupil(
                    p.id(),
                    p.upn(),
                    p.profile().yearGroup(),
                    p.profile().form(),
                    p.spells(),
                    tally,
                    assessor.assess(p.upn(), tally, weekly, Optional.of(target), termSoFar.tally(p), remaining),
                    weekly));
        }
        return assessed;
    }

    /** The calendar term the assessments use (the term containing the window's end, else the window). */
    public SchoolTerm term(School school, DateWindow window) {
        return pupils.term(school, window);
    }

    private static boolean onRoll(RollPupil pupil, DateWindow window) {
        return pupil.spells().stream()
                .anyMatch(s -> !s.admission().isAfter(window.to())
                        && s.leaving().map(l -> !l.isBefore(window.from())).orElse(true));
    }

    private PupilAssessor assessor(SchoolPolicy policy) {
        return new PupilAssessor(
                policy.bands(),
                TrackRule.DEFAULT,
                new EscalationRule(
                        EscalationRule.DEFAULT.weeks(), policy.bands().serious()),
                guidance);
    }

    private Map<Long, BigDecimal> overrides(long schoolId, SchoolTerm term) {
        Map<Long, BigDecimal> targets = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT t.pupil_id, t.target FROM pupil_target t JOIN pupil p ON p.id = t.pupil_id"
                                + " WHERE p.school_id = ? AND t.term_start = ?")) {
            s.setLong(1, schoolId);
            s.setDate(2, Date.valueOf(term.start()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    targets.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the pupil targets of school " + schoolId, e);
        }
        return targets;
    }
}
