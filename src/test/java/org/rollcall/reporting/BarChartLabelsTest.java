package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.junit.jupiter.api.Test;

/** Where a bar's value is printed: a week at 100% had its label drawn above the plot, where it was lost. */
class BarChartLabelsTest {

    @Test
    void aTallBarCarriesItsValueInsideInWhiteAndAShortOneAboveItInTheDefaultColour() {
        // the axis runs from 30 (10 below the lowest, rounded down) to 100: a bar 20% of that tall holds its label
        CategoryPlot plot = new BarChart("Attendance %")
                .bar("8 Sept", 100)
                .bar("15 Sept", 70)
                .bar("22 Sept", 40)
                .reference(96, null)
                .chart()
                .getCategoryPlot();
        assertEquals(30, plot.getRangeAxis().getLowerBound());
        assertEquals(100, plot.getRangeAxis().getUpperBound());
        CategoryItemRenderer bars = plot.getRenderer();

        assertEquals(
                ItemLabelAnchor.INSIDE6, bars.getPositiveItemLabelPosition(0, 0).getItemLabelAnchor());
        assertEquals(Color.WHITE, bars.getItemLabelPaint(0, 0));
        assertEquals(
                ItemLabelAnchor.INSIDE6, bars.getPositiveItemLabelPosition(0, 1).getItemLabelAnchor());
        assertEquals(
                ItemLabelAnchor.OUTSIDE12,
                bars.getPositiveItemLabelPosition(0, 2).getItemLabelAnchor());
        assertEquals(Color.BLACK, bars.getItemLabelPaint(0, 2));
    }
}
