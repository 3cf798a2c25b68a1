package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.AttendanceService;
import org.rollcall.attendance.statistics.comparison.Comparisons;
import org.rollcall.attendance.statistics.comparison.PaMovement;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.attendance.statistics.population.TrendPoint;
import org.rollcall.evaluation.plan.ActionPlanRepository;
import org.rollcall.evaluation.plan.ActionPlanService;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.plan.OverdueRule;
import org.rollcall.evaluation.report.SelfEvaluationService;
import org.rollcall.evaluation.report.SelfEvaluationSummary;
import org.rollcall.reporting.sef.InterventionImpactSource;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.Term;

/**
 * Gathers a governor pack: the school's figures for the window from the statistics engine, with
 * the governors' suppression (groups under 5 pupils, and whatever would let one be worked out
 * from the total), formatted for print.
 */
@ApplicationScoped
public class GovernorPackAssembler {
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String POPULATION_NOTE = "Population: " + AttendanceService.POPULATION + ". "
            + "Attendance counts present and approved educational activity over possible sessions.";

    @Inject
    AttendanceService attendance;

    @Inject
    SchoolRepository schools;

    @Inject
    SelfEvaluationService selfEvaluation;

    @Inject
    ActionPlanRepository plans;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    Instance<InterventionImpactSource> impactSources;

    @Inject
    Clock clock;

    /** In one transaction: the action plan's notes are read lazily. */
    @Transactional
    public GovernorPack assemble(School school, LocalDate from, LocalDate to) {
        DateWindow window = DateWindow.of(from, to);
        PopulationAnalysis analysis = attendance.analyse(school, window, Audience.GOVERNORS);
        AttendanceSummary s = analysis.summary();
        List<GroupSummary> years = analysis.byGroup(GroupBy.YEAR);
        Comparisons comparisons = attendance.compare(school, window);
        List<TrendPoint> thisYear = attendance.trends(school, window).weekly();
        List<Optional<TrendPoint>> lastYear = GovernorPackTrend.sameWeeks(
                thisYear,
                attendance
                        .trends(school, AcademicCalendar.samePeriodLastYear(window))
                        .weekly());
        Optional<SelfEvaluationSummary> evaluation = selfEvaluation.summary(school.getUrn(), "rag");
        List<PackLine> body = new ArrayList<>(new GovernorPackFigures()
                .targets(comparisons.targets())
                .trend(thisYear, lastYear)
                .lines());
        body.addAll(new GovernorPackSections()
                .yearGroups(years)
                .pupilGroups(analysis)
                .comparisons(comparisons)
                .lines());
        body.addAll(absence(school, window, analysis));
        body.addAll(new GovernorPackEvaluation()
                .grid(evaluation)
                .actionPlan(actions(school))
                .nextSteps(evaluation)
                .lines());
        return new GovernorPack(
                cover(school, from, to),
                new GovernorPack.Headline(s, attendance.nationalFor(window)),
                new GovernorPack.Chart(chart(s, years), chartAlt(s, years)),
                GovernorPackTrend.chart(thisYear, lastYear, comparisons.targets()),
                new GovernorPack.Notes(POPULATION_NOTE, suppressionNote(years)),
                body);
    }

    /** PA with the movement since the previous calendar term, bands, reasons and the interventions' impact. */
    private List<PackLine> absence(School school, DateWindow window, PopulationAnalysis analysis) {
        Optional<Term> previous = schools.termBefore(school, window.from());
        Optional<PaMovement> movement =
                previous.map(t -> attendance.movement(school, DateWindow.of(t.getStartDate(), t.getEndDate()), window));
        return new GovernorPackFigures()
                .persistentAbsence(
                        analysis.summary(),
                        previous.map(t ->
                                t.getName() + " term " + t.getAcademicYear().getLabel()),
                        movement)
                .bands(analysis.absenceBands())
                .reasons(analysis.summary().absenceByReason())
                .interventions(
                        impactSources.isResolvable() ? impactSources.get().impact(school, window) : Optional.empty())
                .lines();
    }

    private List<ActionView> actions(School school) {
        OverdueRule rule = actionPlan.overdueRule();
        return plans.actions(school).stream().map(a -> ActionView.of(a, rule)).toList();
    }

    private GovernorPack.Cover cover(School school, LocalDate from, LocalDate to) {
        return new GovernorPack.Cover(
                school.getName(),
                "URN " + school.getUrn() + " · " + phase(school),
                termLabel(school, from, to),
                "From " + LONG_DATE.format(from) + " to " + LONG_DATE.format(to),
                "Produced on " + LONG_DATE.format(LocalDate.now(clock)) + " by Rollcall");
    }

    String termLabel(School school, LocalDate from, LocalDate to) {
        return schools.termCovering(school, from, to)
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(LONG_DATE.format(from) + " to " + LONG_DATE.format(to));
    }

    /**
     * A vector drawing: sharp in print and a fraction of the cost of a PNG (see ChartDrawing). None when no year
     * group can be shown (a small school's groups all under 5 pupils): the pack says so in words instead of
     * printing an empty chart.
     */
    private static Object chart(AttendanceSummary s, List<GroupSummary> years) {
        List<GroupSummary> shown = shown(years);
        if (shown.isEmpty()) {
            return null;
        }
        BarChart chart = new BarChart("Attendance %");
        shown.forEach(g -> chart.bar(yearName(g.group()), rate(g).doubleValue()));
        return chart.reference(
                        s.attendanceRate().orElse(BigDecimal.ZERO).doubleValue(),
                        "Whole school " + percent(s.attendanceRate()))
                .drawing();
    }

    private static String chartAlt(AttendanceSummary s, List<GroupSummary> years) {
        String bars = shown(years).stream()
                .map(g -> yearName(g.group()) + " " + rate(g).toPlainString() + "%")
                .collect(Collectors.joining(", "));
        if (bars.isEmpty()) { // printed in place of the chart
            return "No year group can be shown: each has fewer than 5 pupils with figures. Whole school "
                    + percent(s.attendanceRate()) + ".";
        }
        return "Bar chart of attendance by year group: " + bars + ". Whole school " + percent(s.attendanceRate()) + ".";
    }

    private static String suppressionNote(List<GroupSummary> years) {
        List<String> hidden = years.stream()
                .filter(GroupSummary::suppressed)
                .map(g -> yearName(g.group()) + ": " + g.note().orElse("not shown"))
                .toList();
        return hidden.isEmpty()
                ? "Every year group has 5 or more pupils; all figures are shown."
                : "Not shown: " + String.join(" ", hidden);
    }

    private static List<GroupSummary> shown(List<GroupSummary> years) {
        return years.stream()
                .filter(g -> !g.suppressed() && rateOf(g).isPresent())
                .toList();
    }

    private static BigDecimal rate(GroupSummary g) {
        return rateOf(g).orElseThrow();
    }

    private static Optional<BigDecimal> rateOf(GroupSummary g) {
        return g.figures().flatMap(AttendanceSummary::attendanceRate);
    }

    static String yearName(String group) {
        return switch (group) {
            case "R" -> "Reception";
            case "N1", "N2" -> "Nursery " + group.substring(1);
            default -> "Year " + group;
        };
    }

    private static String phase(School school) {
        String name = school.getPhase().name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String percent(Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse("–");
    }
}
