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
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
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

    @Inject
    AttendanceService attendance;

    @Inject
    SchoolRepository schools;

    @Inject
    SelfEvaluationService selfEvaluation;

    Clock clock = Clock.systemDefaultZone();

    public GovernorPack assemble(School school, LocalDate from, LocalDate to) {
        DateWindow window = DateWindow.of(from, to);
        PopulationAnalysis analysis = attendance.analyse(school, window, Audience.GOVERNORS);
        AttendanceSummary s = analysis.summary();
        List<GroupSummary> years = analysis.byGroup(GroupBy.YEAR);
        String period = "From " + LONG_DATE.format(from) + " to " + LONG_DATE.format(to);
        return new GovernorPack(school.getName(), "URN " + school.getUrn() + " · " + phase(school),
                termLabel(school, from, to), period,
                "Produced on " + LONG_DATE.format(LocalDate.now(clock)) + " by Rollcall",
                "Population: " + AttendanceService.POPULATION + ". "
                        + "Attendance counts present and approved educational activity over possible sessions.",
                percent(s.attendanceRate()), percent(s.overallAbsenceRate()), percent(s.authorisedAbsenceRate()),
                percent(s.unauthorisedAbsenceRate()),
                s.persistentAbsentees() + " pupils (" + percent(s.persistentAbsenceRate()) + ")",
                s.severeAbsentees() + " pupils (" + percent(s.severeAbsenceRate()) + ")",
                String.valueOf(s.pupils()), String.format(Locale.UK, "%,d", s.possibleSessions()),
                nationalText(attendance.nationalFor(window)), chart(s, years), chartAlt(s, years),
                suppressionNote(years), new GovernorPackSections().yearGroups(years).pupilGroups(analysis)
                        .comparisons(attendance.compare(school, window))
                        .selfEvaluation(selfEvaluation.summary(school.getUrn(), "rag")).lines());
    }

    String termLabel(School school, LocalDate from, LocalDate to) {
        return schools.termCovering(school, from, to)
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(LONG_DATE.format(from) + " to " + LONG_DATE.format(to));
    }

    static String nationalText(Optional<NationalBenchmark> national) {
        return national.map(n -> "National figures for comparison (" + n.source() + "): overall absence "
                        + percent(n.overallAbsence()) + ", unauthorised absence " + percent(n.unauthorisedAbsence())
                        + ", persistent absence " + percent(n.persistentAbsence()) + ", severe absence "
                        + percent(n.severeAbsence()) + ". National figures count pupils aged 5 to 15 over a whole year.")
                .orElse("No national figures are recorded for this year.");
    }

    private static byte[] chart(AttendanceSummary s, List<GroupSummary> years) {
        BarChart chart = new BarChart("Attendance %");
        shown(years).forEach(g -> chart.bar(yearName(g.group()), rate(g).doubleValue()));
        return chart.reference(s.attendanceRate().orElse(BigDecimal.ZERO).doubleValue(),
                "Whole school " + percent(s.attendanceRate())).png(515, 250);
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
