package org.rollcall.reporting.printout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.reporting.BarChart;
import org.rollcall.reporting.ChartDrawing;

/** The pupil's attendance week by week as a small bar chart with the target as a line, and its alt text. */
final class WeeklyChart {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final List<String> labels = new ArrayList<>();
    private final List<BigDecimal> rates = new ArrayList<>();

    WeeklyChart(SortedMap<LocalDate, SessionTally> weekly) {
        for (Map.Entry<LocalDate, SessionTally> week : weekly.entrySet()) {
            Percent.of(week.getValue().attended(), week.getValue().possible()).ifPresent(rate -> {
                labels.add(WEEK.format(week.getKey()));
                rates.add(rate);
            });
        }
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /**
     * A vector drawing, not a PNG: turning pixels into a PDF image was most of a printout's export time. Small
     * type so a whole term of weeks keeps its labels; the target line is unlabelled (the heading above the
     * chart says what it is), since a label above a line near 100% has no room.
     */
    ChartDrawing drawing(BigDecimal target) {
        BarChart chart = new BarChart("Attendance %").fontSize(7.5f).percentTicks();
        for (int i = 0; i < labels.size(); i++) {
            chart.bar(labels.get(i), rates.get(i).doubleValue());
        }
        return chart.reference(target.doubleValue(), null).drawing();
    }

    String alt(String forename, BigDecimal target) {
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            weeks.add("week of " + labels.get(i) + " "
                    + rates.get(i).stripTrailingZeros().toPlainString() + "%");
        }
        return "Bar chart of " + forename + "'s attendance each week: " + String.join(", ", weeks) + ". The target of "
                + target.toPlainString() + "% is drawn as a dashed line.";
    }
}
