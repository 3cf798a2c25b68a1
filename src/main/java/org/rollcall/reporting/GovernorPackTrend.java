package org.rollcall.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.rollcall.attendance.statistics.comparison.TargetOutcome;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.population.TrendPoint;

/**
 * The governor pack's weekly trend chart and its alt text: this year's weeks beside the same weeks last year (matched
 * by date as the comparisons match them, {@link AcademicCalendar#samePointLastYear}, so a week with no register last
 * year leaves a gap rather than shifting the line), with the attendance target.
 */
final class GovernorPackTrend {

    private GovernorPackTrend() {}

    /** For each week this year, the same week of last year, if it had a possible session. */
    static List<Optional<TrendPoint>> sameWeeks(List<TrendPoint> thisYear, List<TrendPoint> lastYear) {
        Map<String, TrendPoint> byMonday =
                lastYear.stream().collect(Collectors.toMap(TrendPoint::label, p -> p, (a, b) -> a));
        return thisYear.stream()
                .map(p -> Optional.ofNullable(byMonday.get(
                        AcademicCalendar.weekStart(AcademicCalendar.samePointLastYear(LocalDate.parse(p.label())))
                                .toString())))
                .toList();
    }

    static GovernorPack.Chart chart(
            List<TrendPoint> thisYear, List<Optional<TrendPoint>> lastYear, Optional<TargetOutcome> targets) {
        TrendChart chart = new TrendChart();
        for (int i = 0; i < thisYear.size(); i++) {
            chart.week(
                    GovernorPackFigures.weekLabel(thisYear.get(i).label()),
                    value(thisYear.get(i)),
                    value(lastYear(lastYear, i)));
        }
        targets.ifPresent(t -> chart.target(t.attendanceTarget().doubleValue()));
        return new GovernorPack.Chart(chart.drawing(), alt(thisYear, lastYear, targets));
    }

    private static String alt(
            List<TrendPoint> thisYear, List<Optional<TrendPoint>> lastYear, Optional<TargetOutcome> targets) {
        String weeks = IntStream.range(0, thisYear.size())
                .mapToObj(i -> "week of "
                        + GovernorPackFigures.weekLabel(thisYear.get(i).label()) + " "
                        + GovernorPackAssembler.percent(thisYear.get(i).attendanceRate()) + " (last year "
                        + GovernorPackAssembler.percent(lastYear(lastYear, i).flatMap(TrendPoint::attendanceRate))
                        + ")")
                .collect(Collectors.joining(", "));
        return "Line chart of weekly attendance this year against the same weeks last year: "
                + (weeks.isEmpty() ? "no week has a possible session" : weeks) + "."
                + targets.map(t -> " Target " + t.attendanceTarget().toPlainString() + "%.")
                        .orElse("");
    }

    private static Optional<TrendPoint> lastYear(List<Optional<TrendPoint>> lastYear, int i) {
        return i < lastYear.size() ? lastYear.get(i) : Optional.empty();
    }

    private static Optional<Double> value(TrendPoint p) {
        return p.attendanceRate().map(BigDecimal::doubleValue);
    }

    private static Optional<Double> value(Optional<TrendPoint> p) {
        return p.flatMap(TrendPoint::attendanceRate).map(BigDecimal::doubleValue);
    }
}
