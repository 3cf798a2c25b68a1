package org.rollcall.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A line chart of weekly attendance: this year against the same weeks last year, with the school's target as a
 * dashed line. The two series differ in dash and marker shape as well as colour, so colour never carries meaning
 * alone; drawn as a vector {@link ChartDrawing} like {@link BarChart}.
 */
public final class TrendChart {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 10);

    private final List<String> weeks = new ArrayList<>();
    private final List<Optional<Double>> thisYear = new ArrayList<>();
    private final List<Optional<Double>> lastYear = new ArrayList<>();
    private Double target;

    /** One week: its label and the two rates (empty when no session was possible). */
    public TrendChart week(String label, Optional<Double> now, Optional<Double> then) {
        weeks.add(Objects.requireNonNull(label, "label"));
        thisYear.add(now);
        lastYear.add(then);
        return this;
    }

    public TrendChart target(double percent) {
        this.target = percent;
        return this;
    }

    public ChartDrawing drawing() {
        return new ChartDrawing(chart());
    }

    JFreeChart chart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < weeks.size(); i++) {
            dataset.addValue(thisYear.get(i).orElse(null), "This year", weeks.get(i));
            dataset.addValue(lastYear.get(i).orElse(null), "Same weeks last year", weeks.get(i));
        }
        JFreeChart chart = ChartFactory.createLineChart(
                null, "Week beginning", "Attendance %", dataset, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(FONT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setLabelFont(FONT);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(FONT);
        range.setLabelFont(FONT);
        range.setRange(Math.max(0, Math.floor(lowest() / 10) * 10 - 10), 100);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, new Color(0x1F5F8B));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(1, new Color(0x7A4E00));
        renderer.setSeriesStroke(
                1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 3f}, 0f));
        if (target != null) {
            ValueMarker marker = new ValueMarker(
                    target,
                    Color.BLACK,
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            marker.setLabel("Target " + target + "%");
            marker.setLabelFont(FONT);
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        return chart;
    }

    private double lowest() {
        double low = 100;
        for (List<Optional<Double>> series : List.of(thisYear, lastYear)) {
            for (Optional<Double> v : series) {
                low = Math.min(low, v.orElse(100.0));
            }
        }
        return target == null ? low : Math.min(low, target);
    }
}
