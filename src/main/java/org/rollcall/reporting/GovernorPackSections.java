package org.rollcall.reporting;

import static org.rollcall.reporting.GovernorPackAssembler.percent;
import static org.rollcall.reporting.GovernorPackAssembler.yearName;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.rollcall.attendance.statistics.comparison.Comparisons;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;

/**
 * The governor pack's body after the title page, section by section, as lines for the template:
 * year groups, pupil groups and comparisons ({@link GovernorPackFigures} and {@link GovernorPackEvaluation}
 * build the rest). Every group
 * figure arrives already suppressed for governors by the statistics engine.
 */
final class GovernorPackSections {
    static final List<GroupBy> PUPIL_GROUPS =
            List.of(GroupBy.GENDER, GroupBy.FSM, GroupBy.DISADVANTAGED, GroupBy.SEN, GroupBy.EAL);

    private final List<PackLine> lines = new ArrayList<>();

    List<PackLine> lines() {
        return List.copyOf(lines);
    }

    GovernorPackSections yearGroups(List<GroupSummary> years) {
        lines.add(PackLine.heading("Attendance by year group"));
        lines.add(PackLine.columns(
                "Year group",
                "Pupils",
                "Attendance",
                "Authorised absence",
                "Unauthorised absence",
                "PA pupils",
                "PA rate"));
        for (GroupSummary g : years) {
            String name = yearName(g.group());
            if (g.suppressed() || g.figures().isEmpty()) {
                lines.add(PackLine.row(name, hiddenReason(g), "–", "–", "–", "–", "–"));
                continue;
            }
            AttendanceSummary f = g.figures().get();
            lines.add(PackLine.row(
                    name,
                    String.valueOf(f.pupils()),
                    percent(f.attendanceRate()),
                    percent(f.authorisedAbsenceRate()),
                    percent(f.unauthorisedAbsenceRate()),
                    String.valueOf(f.persistentAbsentees()),
                    percent(f.persistentAbsenceRate())));
        }
        return this;
    }

    GovernorPackSections pupilGroups(PopulationAnalysis analysis) {
        lines.add(PackLine.heading("Pupil groups"));
        lines.add(
                PackLine.columns("Group", "Pupils", "Attendance", "Overall absence", "PA rate", "Gap to the rest", ""));
        for (GroupBy by : PUPIL_GROUPS) {
            for (GroupSummary g : analysis.byGroup(by)) {
                if (g.suppressed() || g.figures().isEmpty()) {
                    lines.add(PackLine.row(label(g), hiddenReason(g), "–", "–", "–", "–"));
                    continue;
                }
                AttendanceSummary f = g.figures().get();
                lines.add(PackLine.row(
                        label(g),
                        String.valueOf(f.pupils()),
                        percent(f.attendanceRate()),
                        percent(f.overallAbsenceRate()),
                        percent(f.persistentAbsenceRate()),
                        g.gapToRest()
                                .flatMap(gap -> gap.attendanceRate())
                                .map(GovernorPackSections::points)
                                .orElse("–")));
            }
        }
        lines.add(
                PackLine.text(
                        "A gap is in percentage points: negative means the group attends less than the rest of"
                                + " the school. Groups are taken from the school's MIS; pupils whose group is not recorded are left out."));
        return this;
    }

    GovernorPackSections comparisons(Comparisons c) {
        PeriodComparison last = c.lastYear();
        Optional<NationalBenchmark> national = c.national();
        lines.add(PackLine.heading("Compared with last year and nationally"));
        lines.add(PackLine.columns(
                "Measure",
                "This period",
                "Same weeks last year",
                "Change",
                national.map(n -> "National " + n.year()).orElse("National"),
                ""));
        comparisonRows(last, national);
        lines.add(PackLine.text("Last year means the same weeks of the previous academic year ("
                + GovernorPackAssembler.LONG_DATE.format(last.lastYearWindow().from()) + " to "
                + GovernorPackAssembler.LONG_DATE.format(last.lastYearWindow().to())
                + "): persistent absence rises through a year, so a term is compared with a term."
                + " National figures are for whole years and pupils aged 5 to 15."));
        c.targets()
                .ifPresent(t -> lines.add(PackLine.text(
                        "School targets: attendance " + t.attendanceTarget().toPlainString()
                                + "% (" + status(t.attendance().name()) + "), persistent absence "
                                + t.persistentAbsenceTarget().toPlainString()
                                + "% (" + status(t.persistentAbsence().name()) + ").")));
        return this;
    }

    private void comparisonRows(PeriodComparison last, Optional<NationalBenchmark> national) {
        lines.add(row("Attendance", last, AttendanceSummary::attendanceRate, national.flatMap(n -> n.overallAbsence()
                .map(a -> BigDecimal.valueOf(100).subtract(a)))));
        lines.add(row(
                "Overall absence",
                last,
                AttendanceSummary::overallAbsenceRate,
                national.flatMap(NationalBenchmark::overallAbsence)));
        lines.add(row(
                "Unauthorised absence",
                last,
                AttendanceSummary::unauthorisedAbsenceRate,
                national.flatMap(NationalBenchmark::unauthorisedAbsence)));
        lines.add(row(
                "Persistent absence (pupils)",
                last,
                AttendanceSummary::persistentAbsenceRate,
                national.flatMap(NationalBenchmark::persistentAbsence)));
        lines.add(row(
                "Severe absence (pupils)",
                last,
                AttendanceSummary::severeAbsenceRate,
                national.flatMap(NationalBenchmark::severeAbsence)));
    }

    private static PackLine row(
            String measure,
            PeriodComparison c,
            Function<AttendanceSummary, Optional<BigDecimal>> rate,
            Optional<BigDecimal> national) {
        Optional<BigDecimal> now = rate.apply(c.current());
        Optional<BigDecimal> then = rate.apply(c.lastYear());
        Optional<BigDecimal> change = now.flatMap(n -> then.map(n::subtract));
        return PackLine.row(
                measure,
                percent(now),
                percent(then),
                change.map(GovernorPackSections::points).orElse("–"),
                percent(national));
    }

    /** Gender codes from the MIS read as words in a governors' document. */
    private static String label(GroupSummary g) {
        if (g.by() != GroupBy.GENDER) {
            return g.label();
        }
        return switch (g.group()) {
            case "F" -> "Female";
            case "M" -> "Male";
            default -> "Gender not recorded (" + g.group() + ")";
        };
    }

    private static String hiddenReason(GroupSummary g) {
        return g.note().filter(PopulationAnalysis.SMALL_GROUP_NOTE::equals).isPresent() ? "fewer than 5" : "not shown";
    }

    static String points(BigDecimal difference) {
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString() + " pts";
    }

    private static String status(String name) {
        return name.replace('_', ' ').toLowerCase(Locale.UK);
    }
}
