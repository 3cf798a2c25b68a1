package org.rollcall.reporting.sef;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.DateWindow;

/** How the SEF section writes figures in words: percentages as the API rounds them, gaps in points, dates in full. */
final class SefWords {
    static final String NONE = "–";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SefWords() {}

    static String percent(Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse(NONE);
    }

    /** A signed difference for a table: "+0.20", "-1.50", "0.00". */
    static String signed(Optional<BigDecimal> points) {
        return points.map(p -> (p.signum() > 0 ? "+" : "")
                        + p.setScale(2, RoundingMode.HALF_UP).toPlainString())
                .orElse(NONE);
    }

    /** "0.20 points above {what}", "1.50 points below {what}", "the same as {what}". */
    static String against(BigDecimal points, String what) {
        BigDecimal size = points.abs().setScale(2, RoundingMode.HALF_UP);
        if (size.signum() == 0) {
            return "the same as " + what;
        }
        return size.toPlainString()
                + (size.compareTo(BigDecimal.ONE) == 0 ? " point " : " points ")
                + (points.signum() > 0 ? "above " : "below ")
                + what;
    }

    /** A gap in words, without a sign that a line could break after: "3.45 points below", "0.20 points above", "level". */
    static String gap(BigDecimal points) {
        return points.signum() == 0 ? "level" : against(points, "").trim();
    }

    /** The school's rate minus a reference rate, both as shown. */
    static Optional<BigDecimal> difference(Optional<BigDecimal> school, Optional<BigDecimal> reference) {
        return school.flatMap(s -> reference.map(s::subtract));
    }

    static String date(LocalDate date) {
        return LONG_DATE.format(date);
    }

    static String window(DateWindow window) {
        return date(window.from()) + " to " + date(window.to());
    }

    /** "this year to date" or "in 2024/25". */
    static String when(YearFigures year) {
        return year.toDate() ? "this year to date" : "in " + year.year();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
