package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.AttendanceService;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.evaluation.report.SelfEvaluationService;

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
    Clock clock;

    public GovernorPack assemble(School school, LocalDate from, LocalDate to) {
        DateWindow window = DateWindow.of(from, to);
        PopulationAnalysis analysis = attendance.analyse(school, window, Audience.GOVERNORS);
        AttendanceSummary s = analysis.summary();
        List<GroupSummary> years = analysis.byGroup(GroupBy.YEAR);
        return new GovernorPack(cover(school, from, to), new GovernorPack.Headline(s, attendance.nationalFor(window)),
                new GovernorPack.Chart(chart(s, years), chartAlt(s, years)),
                new GovernorPack.Notes(POPULATION_NOTE, suppressionNote(years)),
                new GovernorPackSections().yearGroups(years).pupilGroups(analysis)
                        .comparisons(attendance.compare(school, window))
                        .selfEvaluation(selfEvaluation.summary(school.getUrn(), "rag")).lines());
    }

    private GovernorPack.Cover cover(School school, LocalDate from, LocalDate to) {
        return new GovernorPack.Cover(school.getName(), "URN " + school.getUrn() + " · " + phase(school),
                termLabel(school, from, to), "From " + LONG_DATE.format(from) + " to " + LONG_DATE.format(to),
                "Produced on " + LONG_DATE.format(LocalDate.now(clock)) + " by Rollcall");
    }

    String termLabel(School school, LocalDate from, LocalDate to) {
        return schools.termCovering(school, from, to)
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(LONG_DATE.format(from) + " to " + LONG_DATE.format(to));
    }

    /** A vector drawing: sharp in print and a fraction of the cost of a PNG (see ChartDrawing). */
    private static Object chart(AttendanceSummary s, List<GroupSummary> years) {
        BarChart chart = new BarChart("Attendance %");
        shown(years).forEach(g -> chart.bar(yearName(g.group()), rate(g).doubleValue()));
        return chart.reference(s.attendanceRate().orElse(BigDecimal.ZERO).doubleValue(),
                "Whole school " + percent(s.attendanceRate())).drawing();
    }

    private static String chartAlt(AttendanceSummary s, List<GroupSummary> years) {
        String bars = shown(years).stream().map(g -> yearName(g.group()) + " " + rate(g).toPlainString() + "%")
                .collect(Collectors.joining(", "));
        return "Bar chart of attendance by year group: " + (bars.isEmpty() ? "no year group can be shown" : bars)
                + ". Whole school " + percent(s.attendanceRate()) + ".";
    }

    private static String suppressionNote(List<GroupSummary> years) {
        List<String> hidden = years.stream().filter(GroupSummary::suppressed)
                .map(g -> yearName(g.group()) + ": " + g.note().orElse("not shown")).toList();
        return hidden.isEmpty() ? "Every year group has 5 or more pupils; all figures are shown."
                : "Not shown: " + String.join(" ", hidden);
    }

    private static List<GroupSummary> shown(List<GroupSummary> years) {
        return years.stream().filter(g -> !g.suppressed() && rateOf(g).isPresent()).toList();
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
