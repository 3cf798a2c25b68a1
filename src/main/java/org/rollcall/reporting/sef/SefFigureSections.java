package org.rollcall.reporting.sef;

import static org.rollcall.reporting.sef.SefWords.NONE;
import static org.rollcall.reporting.sef.SefWords.against;
import static org.rollcall.reporting.sef.SefWords.difference;
import static org.rollcall.reporting.sef.SefWords.percent;
import static org.rollcall.reporting.sef.SefWords.signed;
import static org.rollcall.reporting.sef.SefWords.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupGap;
import org.rollcall.attendance.statistics.population.GroupSummary;

/** The figure sections of the SEF: headline figures over three years, group gaps, persistent and severe absence. */
final class SefFigureSections {
    private SefFigureSections() {}

    static List<SefBlock> headline(SefSection sef) {
        YearFigures now = sef.latest();
        AttendanceSummary s = now.school();
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.heading("Headline attendance over three years"));
        StringBuilder first = new StringBuilder(SefWords.capitalised(when(now)) + " (" + SefWords.window(now.window())
                + ") attendance is " + percent(s.attendanceRate()));
        List<String> comparisons = new ArrayList<>();
        sef.sameWeeksLastYear()
                .attendanceRateChange()
                .filter(c -> sef.sameWeeksLastYear().lastYear().possibleSessions() > 0)
                .ifPresent(c ->
                        comparisons.add(against(c, now.toDate() ? "the same weeks last year" : "the year before")));
        difference(s.attendanceRate(), now.nationalAttendance())
                .ifPresent(d -> comparisons.add(against(d, "the national figure" + nationalWhich(now))));
        if (!comparisons.isEmpty()) {
            first.append(", ").append(String.join(" and ", comparisons));
        }
        blocks.add(SefBlock.paragraph(first.append('.').toString()));
        blocks.add(SefBlock.paragraph("Overall absence is " + percent(s.overallAbsenceRate()) + " (authorised "
                + percent(s.authorisedAbsenceRate()) + ", unauthorised " + percent(s.unauthorisedAbsenceRate()) + ")"
                + now.national()
                        .flatMap(NationalBenchmark::overallAbsence)
                        .map(n -> " against " + n.toPlainString() + "% nationally")
                        .orElse("")
                + "." + earlierYears(sef)));
        blocks.add(SefBlock.table(
                "Headline figures by academic year, the school against national figures",
                List.of(
                        "Year",
                        "Attendance",
                        "Overall absence",
                        "Authorised absence",
                        "Unauthorised absence",
                        "Persistent absence",
                        "Severe absence"),
                headlineRows(sef.years())));
        blocks.add(SefBlock.note(periods(sef.years()) + " National figures: DfE, Pupil absence in schools in England"
                + " (state-funded schools, pupils aged 5 to 15, whole years); where a year is not yet published the"
                + " latest earlier year is shown and named."));
        return blocks;
    }

    private static String earlierYears(SefSection sef) {
        List<String> parts = new ArrayList<>();
        for (YearFigures y : sef.years().subList(0, sef.years().size() - 1)) {
            parts.add(percent(y.school().attendanceRate()) + " in " + y.year());
        }
        return parts.isEmpty() ? "" : " Attendance was " + String.join(" and ", parts) + ".";
    }

    private static String nationalWhich(YearFigures year) {
        return year.national()
                .map(n -> " (" + n.year() + (year.nationalIsEarlierYear() ? ", the latest published" : "") + ": "
                        + percent(year.nationalAttendance()) + ")")
                .orElse("");
    }

    private static List<List<String>> headlineRows(List<YearFigures> years) {
        List<List<String>> rows = new ArrayList<>();
        for (YearFigures y : years) {
            AttendanceSummary s = y.school();
            rows.add(List.of(
                    y.year() + (y.toDate() ? " to date" : ""),
                    percent(s.attendanceRate()),
                    percent(s.overallAbsenceRate()),
                    percent(s.authorisedAbsenceRate()),
                    percent(s.unauthorisedAbsenceRate()),
                    percent(s.persistentAbsenceRate()),
                    percent(s.severeAbsenceRate())));
            y.national()
                    .ifPresent(n -> rows.add(List.of(
                            "National " + n.year(),
                            percent(y.nationalAttendance()),
                            percent(n.overallAbsence()),
                            percent(y.nationalAuthorised()),
                            percent(n.unauthorisedAbsence()),
                            percent(n.persistentAbsence()),
                            percent(n.severeAbsence()))));
        }
        return rows;
    }

    private static String periods(List<YearFigures> years) {
        return "Periods: "
                + String.join(
                        "; ",
                        years.stream()
                                .map(y -> y.year() + " " + SefWords.window(y.window()))
                                .toList()) + ".";
    }

    static List<SefBlock> groups(SefSection sef) {
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.heading("Gaps between pupil groups"));
        List<String> years = sef.years().stream().map(YearFigures::year).toList();
        List<List<String>> rows = new ArrayList<>();
        for (GroupTrend g : sef.groups()) {
            Optional<GroupSummary> latest = g.byYear().get(g.byYear().size() - 1);
            List<Optional<BigDecimal>> gaps =
                    g.byYear().stream().map(SefFigureSections::gap).toList();
            List<String> row = new ArrayList<>(List.of(
                    g.label(),
                    latest.map(SefFigureSections::pupils).orElse("none"),
                    percent(latest.flatMap(GroupSummary::figures).flatMap(AttendanceSummary::attendanceRate))));
            gaps.forEach(gap -> row.add(signed(gap)));
            row.add(signed(movement(gaps)));
            rows.add(row);
            if (latest.isPresent() && discussed(latest.get())) {
                blocks.add(SefBlock.paragraph(groupParagraph(g, latest.get(), gaps, years)));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(SefBlock.paragraph("No pupil group is recorded for the school's pupils."));
            return blocks;
        }
        List<String> columns = new ArrayList<>(
                List.of("Group", "Pupils " + years.get(years.size() - 1), "Attendance " + years.get(years.size() - 1)));
        years.forEach(y -> columns.add("Gap " + y));
        columns.add("Change in gap");
        blocks.add(SefBlock.table(
                "Attendance gap to the rest of the school, in percentage points, by academic year", columns, rows));
        blocks.add(SefBlock.note("A gap is the group's attendance minus that of all other pupils, in percentage points:"
                + " negative means the group attends less. The change is the latest gap minus the earliest shown."
                + " Groups of fewer than 5 pupils are not shown, nor any group that would let one be worked out."));
        return blocks;
    }

    // "Not FSM", "Not EAL" and "No SEN" are the rest of another group: their paragraph would repeat it
    private static boolean discussed(GroupSummary g) {
        return !g.group().equals("No") && !(g.by() == GroupBy.SEN && g.group().equals("N"));
    }

    private static String groupParagraph(
            GroupTrend g, GroupSummary latest, List<Optional<BigDecimal>> gaps, List<String> years) {
        if (latest.suppressed() || latest.figures().isEmpty()) {
            return g.label() + ": fewer than 5 pupils in " + years.get(years.size() - 1) + ", so no figures are given.";
        }
        StringBuilder text = new StringBuilder(g.label() + " pupils' attendance is "
                + percent(latest.figures().get().attendanceRate()));
        gaps.get(gaps.size() - 1).ifPresent(gap -> text.append(", ").append(against(gap, "the rest of the school")));
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < gaps.size() - 1; i++) {
            String year = years.get(i);
            gaps.get(i).ifPresent(gap -> earlier.add(SefWords.gap(gap) + " in " + year));
        }
        if (!earlier.isEmpty()) {
            text.append(" (the gap was ").append(String.join(" and ", earlier)).append(')');
        }
        Optional<BigDecimal> first = gaps.stream().flatMap(Optional::stream).findFirst();
        movement(gaps).ifPresent(m -> text.append("; since ")
                .append(years.get(firstYear(gaps)))
                .append(" the gap has ")
                .append(moved(first.orElseThrow(), gaps.get(gaps.size() - 1).orElseThrow())));
        return text.append('.').toString();
    }

    private static int firstYear(List<Optional<BigDecimal>> gaps) {
        for (int i = 0; i < gaps.size(); i++) {
            if (gaps.get(i).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    /** Narrowed or widened: the size of the gap matters, whichever group is ahead. */
    private static String moved(BigDecimal first, BigDecimal last) {
        int bigger = last.abs().compareTo(first.abs());
        BigDecimal by = last.abs().subtract(first.abs()).abs();
        if (bigger == 0) {
            return "stayed the same size";
        }
        return (bigger < 0 ? "narrowed by " : "widened by ") + by.toPlainString() + " points";
    }

    private static Optional<BigDecimal> gap(Optional<GroupSummary> g) {
        return g.flatMap(GroupSummary::gapToRest).flatMap(GroupGap::attendanceRate);
    }

    private static String pupils(GroupSummary g) {
        return g.suppressed()
                ? "fewer than 5"
                : g.pupils().isPresent() ? String.valueOf(g.pupils().getAsInt()) : NONE;
    }

    /** The latest gap minus the earliest one there is. */
    private static Optional<BigDecimal> movement(List<Optional<BigDecimal>> gaps) {
        Optional<BigDecimal> first = gaps.stream().flatMap(Optional::stream).findFirst();
        Optional<BigDecimal> last = gaps.get(gaps.size() - 1);
        return gaps.stream().flatMap(Optional::stream).count() < 2
                ? Optional.empty()
                : last.flatMap(l -> first.map(l::subtract));
    }

    static List<SefBlock> persistentAbsence(SefSection sef) {
        YearFigures now = sef.latest();
        AttendanceSummary s = now.school();
        PeriodComparison last = sef.sameWeeksLastYear();
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.heading("Persistent and severe absence"));
        StringBuilder text = new StringBuilder(SefWords.capitalised(when(now)) + ", " + s.persistentAbsentees() + " of "
                + s.pupils() + " pupils (" + percent(s.persistentAbsenceRate())
                + ") are persistently absent, missing 10%"
                + " or more of their sessions");
        now.national().flatMap(NationalBenchmark::persistentAbsence).ifPresent(n -> text.append(", against ")
                .append(n.toPlainString())
                .append("% nationally"));
        last.persistentAbsenceRateChange()
                .filter(c -> last.lastYear().pupils() > 0)
                .ifPresent(c -> text.append("; the rate is ")
                        .append(against(c, now.toDate() ? "the same weeks last year" : "the year before")));
        text.append(". ")
                .append(s.severeAbsentees())
                .append(s.severeAbsentees() == 1 ? " pupil (" : " pupils (")
                .append(percent(s.severeAbsenceRate()))
                .append(") missed half their sessions or more.");
        List<String> trend = sef.years().stream()
                .map(y -> percent(y.school().persistentAbsenceRate()) + " in " + y.year())
                .toList();
        text.append(" Persistent absence over the three years: ")
                .append(String.join(", ", trend))
                .append('.');
        if (now.toDate()) {
            text.append(" Persistent absence rises through a year, so a year to date compares with the same weeks of"
                    + " last year, not with a whole year.");
        }
        blocks.add(SefBlock.paragraph(text.toString()));
        blocks.add(persistentAbsenceTable(sef));
        return blocks;
    }

    private static SefBlock persistentAbsenceTable(SefSection sef) {
        List<List<String>> rows = sef.years().stream()
                .map(y -> List.of(
                        y.year() + (y.toDate() ? " to date" : ""),
                        String.valueOf(y.school().pupils()),
                        String.valueOf(y.school().persistentAbsentees()),
                        percent(y.school().persistentAbsenceRate()),
                        percent(y.national().flatMap(NationalBenchmark::persistentAbsence)),
                        String.valueOf(y.school().severeAbsentees()),
                        percent(y.school().severeAbsenceRate())))
                .toList();
        return SefBlock.table(
                "Persistent and severe absence by academic year",
                List.of(
                        "Year",
                        "Pupils",
                        "Persistently absent",
                        "PA rate",
                        "National PA rate",
                        "Severely absent",
                        "Severe rate"),
                rows);
    }
}
