package org.rollcall.reporting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Made-up printout-like documents for the {@code render-benchmark} template: a name, a paragraph, a table of
 * 8 rows and a 12-bar chart per pupil, generated one at a time as they are iterated (nothing is held).
 */
final class SamplePrintouts implements Iterable<PdfJob> {
    static final String TEMPLATE = "render-benchmark";
    private static final String[] FORENAMES = {"Amira", "Ben", "Chloé", "Dawid", "Efua", "Finn", "Grace", "Hamza"};
    private static final String[] SURNAMES = {
        "Adeyemi", "Brown", "Łukasiewicz", "Doyle", "Evans", "Ó Briain", "Green", "Hussain"
    };

    private final int count;
    private final boolean charts;

    SamplePrintouts(int count, boolean charts) {
        this.count = count;
        this.charts = charts;
    }

    static String name(int i) {
        return FORENAMES[i % FORENAMES.length] + " " + SURNAMES[(i / FORENAMES.length) % SURNAMES.length] + " " + i;
    }

    static PdfJob job(int i, boolean chart) {
        return job(i, chart, false);
    }

    /** With {@code png}, the chart is a PNG at BarChart's print scale instead of a vector drawing. */
    static PdfJob job(int i, boolean chart, boolean png) {
        double rate = 80 + (i * 37 % 200) / 10.0;
        List<Row> rows = new ArrayList<>();
        String[] labels = {
            "Attendance",
            "Days missed",
            "Authorised absence",
            "Unauthorised absence",
            "Late before the register closed",
            "Late after the register closed",
            "Target",
            "Sessions to target"
        };
        for (int r = 0; r < labels.length; r++) {
            rows.add(new Row(labels[r], r == 0 ? rate + "%" : String.valueOf((i + r) % 17), r == labels.length - 1));
        }
        BarChart bars = new BarChart("Attendance %");
        StringBuilder alt = new StringBuilder("Bar chart of attendance week by week:");
        for (int w = 1; w <= 12; w++) {
            double week = Math.min(100, 70 + (i * 13 + w * 7) % 31);
            bars.bar("W" + w, week);
            alt.append(" week ").append(w).append(' ').append(week).append('%').append(w < 12 ? "," : ".");
        }
        bars.reference(96, "Target 96%");
        Object image = !chart ? SMALL_PNG.get() : png ? bars.png(400, 180) : bars.drawing();
        return new PdfJob(
                String.valueOf(i),
                "Attendance this term: " + name(i),
                Map.of(
                        "NAME",
                        name(i),
                        "SCHOOL",
                        "Ashdown Academy, 1 High Street, Ashdown",
                        "SUMMARY",
                        name(i) + " attended " + rate
                                + "% of sessions this term so far (1 September to 19 December 2025)."
                                + " That is about half a day missed every fortnight. Every session counts: attending every"
                                + " session until 19 December reaches the target of 96%.",
                        "CHART",
                        image,
                        "CHART_ALT",
                        alt.toString()),
                rows);
    }

    private static final ThreadLocal<byte[]> SMALL_PNG = ThreadLocal.withInitial(
            () -> new BarChart("Attendance %").bar("W1", 90).png(400, 180));

    @Override
    public Iterator<PdfJob> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public PdfJob next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return job(next++, charts);
            }
        };
    }

    /** A table row of the stand-in printout; a JavaBean because JasperReports reads getters. */
    public static final class Row {
        private final String label;
        private final String value;
        private final boolean last;

        Row(String label, String value, boolean last) {
            this.label = label;
            this.value = value;
            this.last = last;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }

        public Boolean getLast() {
            return last;
        }
    }
}
