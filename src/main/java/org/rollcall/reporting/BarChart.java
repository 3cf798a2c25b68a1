package org.rollcall.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A bar chart of a percentage per category (for example attendance by year group), drawn with
 * JFreeChart into a PNG at print resolution. Values are printed on the bars so the chart never
 * relies on colour alone.
 */
public final class BarChart {
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 11);
    private static final int SCALE = 3;
    /** The JDK's PNG writer maps quality q to deflate level 9 * (1 - q): 0.8 is level 1. */
    private static final float FASTEST_DEFLATE = 0.8f;

    private Font font = FONT;
    private int categoryLabelLines = 1;
    private final String valueAxisLabel;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private Double referenceLine;
    private String referenceLabel;
    private boolean percentTicks;

    public BarChart(String valueAxisLabel) {
        this.valueAxisLabel = Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
    }

    public BarChart bar(String category, double percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(
                    "A percentage must be between 0 and 100, was " + percent + " for " + category);
        }
        values.put(Objects.requireNonNull(category, "category"), percent);
        return this;
    }

    /** Type size of every label (default 11 points, for a page-wide chart). */
    public BarChart fontSize(float points) {
        this.font = FONT.deriveFont(points);
        this.categoryLabelLines = 2; // small type, many bars: "15 Sept" wraps rather than shrinking to "..."
        return this;
    }

    /**
     * The unit on every tick of the value axis ("90%") and no label turned up its side: for a small chart in
     * bulk, where drawing the turned label was a sixth of the chart's time (profile of PrintoutRenderProfile).
     */
    public BarChart percentTicks() {
        this.percentTicks = true;
        return this;
    }

    /** A horizontal line, e.g. the school's target, labelled in words (no label when null). */
    public BarChart reference(double percent, String label) {
        this.referenceLine = percent;
        this.referenceLabel = label;
        return this;
    }

    /**
     * The chart as a vector drawing for an image element whose expression is {@code java.lang.Object} (or
     * {@code net.sf.jasperreports.renderers.Renderable}): sharper and much cheaper than {@link #png} in bulk.
     */
    public ChartDrawing drawing() {
        return new ChartDrawing(chart());
    }

    public byte[] png(int width, int height) {
        return png(width, height, SCALE);
    }

    /** @param scale pixels per point: 3 for a page-wide chart, 2 is enough for a small one printed in bulk */
    public byte[] png(int width, int height, int scale) {
        if (width <= 0 || height <= 0 || scale <= 0) {
            throw new IllegalArgumentException(
                    "Chart size must be positive, was " + width + "x" + height + " at " + scale);
        }
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return encode(image);
    }

    /**
     * PNG with the fastest deflate level: the PDF library inflates the image and compresses it again when it
     * embeds it, so a smaller PNG saves nothing in the PDF, while the default level made encoding most of a
     * chart's cost (measured in RenderBenchmark).
     */
    private static byte[] encode(BufferedImage image) {
        ImageIO.setUseCache(false); // in memory: ImageIO's default writes each image through a temporary file
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(FASTEST_DEFLATE);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** A bar at least this share of the axis's span tall carries its label inside, at its foot. */
    private static final double INSIDE_LABEL_SHARE = 0.2;

    /**
     * Each bar's value inside it, at its foot (white on the bar's blue, contrast 6.9:1), above it only when the bar
     * is too short to hold it: above the bar, the label of a week at 100% was drawn outside the plot and lost, and
     * labels just under the target line were crossed by it.
     */
    private static final class LabelledBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private static final ItemLabelPosition INSIDE =
                new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER);

        LabelledBars() {
            setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)); // as ChartFactory's
        }

        /** From the plot's own data and axis, so the rule follows whatever range the chart is given. */
        private boolean inside(int row, int column) {
            Number value = getPlot().getDataset().getValue(row, column);
            org.jfree.data.Range axis = getPlot().getRangeAxis().getRange();
            return value != null && value.doubleValue() >= axis.getLowerBound() + axis.getLength() * INSIDE_LABEL_SHARE;
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside(row, column) ? INSIDE : super.getPositiveItemLabelPosition(row, column);
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            return inside(row, column) ? Color.WHITE : super.getItemLabelPaint(row, column);
        }
    }

    JFreeChart chart() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((category, value) -> dataset.addValue(value, valueAxisLabel, category));
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, valueAxisLabel, dataset, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getDomainAxis().setMaximumCategoryLabelLines(categoryLabelLines);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelFont(font);
        range.setLabelFont(font);
        if (percentTicks) {
            range.setLabel(null);
            range.setNumberFormatOverride(new java.text.DecimalFormat("0'%'"));
        }
        double lowest =
                values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        range.setRange(Math.max(0, Math.floor(lowest / 10) * 10 - 10), 100);
        BarRenderer renderer = new LabelledBars();
        plot.setRenderer(renderer);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x1F5F8B));
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.0")));
        renderer.setDefaultItemLabelFont(font);
        renderer.setDefaultItemLabelsVisible(true);
        if (referenceLine != null) {
            ValueMarker marker = new ValueMarker(
                    referenceLine,
                    Color.BLACK,
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            marker.setLabel(referenceLabel);
            marker.setLabelFont(font);
            // label above the line at the right, inside the plot, so it is never clipped
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        return chart;
    }
}
