package org.rollcall.attendance.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.rollcall.attendance.Upn;
import org.rollcall.attendance.measure.store.RegisterWindow;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.measure.store.SchoolAttendanceReader;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.measure.store.TermQuery;
import org.rollcall.attendance.policy.PupilTargetStore;
import org.rollcall.attendance.policy.SchoolPolicy;
import org.rollcall.attendance.policy.SchoolPolicyStore;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.pupil.EscalationRule;
import org.rollcall.attendance.statistics.pupil.IndividualTarget;
import org.rollcall.attendance.statistics.pupil.ProcessMapGuidance;
import org.rollcall.attendance.statistics.pupil.PupilAssessment;
import org.rollcall.attendance.statistics.pupil.PupilAssessor;
import org.rollcall.attendance.statistics.pupil.TargetRule;
import org.rollcall.attendance.statistics.pupil.TrackRule;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;

/**
 * One pupil's figures for a window, with the process-map band and track, escalation flags, and
 * this term's individual target with the distance to it.
 *
 * <p>The term is the term of the school's calendar that contains the window's last day; without a
 * calendar, the window itself stands for the term. The default target rule looks at the pupil's
 * attendance over the year before the term starts; a target the school set for the pupil wins.
 */
@ApplicationScoped
public class PupilAttendanceService {

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    AttendanceService attendance;

    @Inject
    SchoolPolicyStore policies;

    @Inject
    PupilTargetStore targets;

    private final ProcessMapGuidance guidance = ProcessMapGuidance.standard();
    private TermQuery terms;

    @PostConstruct
    void init() {
        terms = new TermQuery(dataSource);
    }

    public PupilAssessment assess(School school, Upn upn, DateWindow window) {
        SchoolAttendanceReader reader = attendance.reader();
        RollPupil pupil = require(reader, school, upn);
        RegisterWindow marks = reader.window(school.getId(), window);
        SchoolTerm term = term(school, window);
        SessionTally termSoFar = reader.window(school.getId(), DateWindow.of(term.start(), window.to()))
                .tally(pupil);
        IndividualTarget target = TargetRule.DEFAULT.targetFor(
                upn.value(),
                term.dates(),
                yearBefore(reader, school, pupil, term),
                targets.override(pupil.id(), term.start()));
        return assessor(policies.of(school.getId()))
                .assess(
                        upn.value(),
                        marks.tally(pupil),
                        marks.weekly(pupil),
                        Optional.of(target),
                        termSoFar,
                        term.sessionsAfter(window.to()));
    }

    /** Sets the school's own target for the pupil for the term starting {@code termStart}. */
    public void setTarget(School school, Upn upn, LocalDate termStart, BigDecimal percent, String setBy) {
        RollPupil pupil = require(attendance.reader(), school, upn);
        targets.put(pupil.id(), termStart, percent, setBy);
    }

    public void removeTarget(School school, Upn upn, LocalDate termStart) {
        RollPupil pupil = require(attendance.reader(), school, upn);
        if (!targets.remove(pupil.id(), termStart)) {
            throw ProblemException.notFound(
                    "Pupil " + upn + " has no target set by the school for the term starting " + termStart);
        }
    }

    /** The calendar term containing the window's end, else the window itself. */
    public SchoolTerm term(School school, DateWindow window) {
        return terms.termContaining(school.getId(), window.to())
                .filter(t -> !t.start().isAfter(window.to()))
                .orElse(SchoolTerm.ofWindow(window));
    }

    private static SessionTally yearBefore(
            SchoolAttendanceReader reader, School school, RollPupil pupil, SchoolTerm term) {
        DateWindow year = DateWindow.of(term.start().minusYears(1), term.start().minusDays(1));
        return reader.window(school.getId(), year).tally(pupil);
    }

    private PupilAssessor assessor(SchoolPolicy policy) {
        return new PupilAssessor(
                policy.bands(),
                TrackRule.DEFAULT,
                new EscalationRule(
                        EscalationRule.DEFAULT.weeks(), policy.bands().serious()),
                guidance);
    }

    /** The 404 for a pupil the school does not have (or text that is no UPN at all). */
    public static ProblemException noPupil(String upn, School school) {
        return ProblemException.notFound("No pupil with UPN " + upn + " at school " + school.getUrn());
    }

    private static RollPupil require(SchoolAttendanceReader reader, School school, Upn upn) {
        return reader.pupil(school.getId(), upn.value()).orElseThrow(() -> noPupil(upn.value(), school));
    }
}
