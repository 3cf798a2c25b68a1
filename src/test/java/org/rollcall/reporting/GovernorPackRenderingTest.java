package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.PdfCompliance.assertCompliant;

import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/** The governor-pack template compiles, fills and exports a PDF whose text and fonts can be read back. */
class GovernorPackRenderingTest {

    static GovernorPack pack() {
        // 120 pupils, 18,000 sessions: 16,807 present (93.37%), 738 authorised (4.10%), 455 unauthorised (2.53%)
        AttendanceSummary figures = GovernorPackSectionsTest.summary(120, 18000, 16807, 738, 455, 12);
        return new GovernorPack(
                new GovernorPack.Cover(
                        "Ashdown Academy",
                        "URN 123456 · Secondary",
                        "Autumn term 2025/26",
                        "From 3 September 2025 to 19 December 2025",
                        "Produced on 22 November 2026 by Rollcall"),
                new GovernorPack.Headline(figures, Optional.of(NationalBenchmark.latest())),
                new GovernorPack.Chart(
                        new BarChart("Attendance %")
                                .bar("Year 7", 95.5)
                                .bar("Year 8", 91.25)
                                .drawing(),
                        "Bar chart of attendance by year group: Year 7 95.5%, Year 8 91.25%."),
                new GovernorPack.Chart(
                        new TrendChart()
                                .week("8 September 2025", Optional.of(94.0), Optional.of(93.5))
                                .week("15 September 2025", Optional.of(95.0), Optional.empty())
                                .target(96)
                                .drawing(),
                        "Line chart of weekly attendance: week of 8 September 2025 94.0% (last year 93.5%)."),
                new GovernorPack.Notes(
                        "Population: all pupils", "Not shown because the group has fewer than 5 pupils: Year 9."),
                List.of(
                        PackLine.heading("Attendance by year group"),
                        PackLine.columns(
                                "Year group",
                                "Pupils",
                                "Attendance",
                                "Authorised absence",
                                "Unauthorised absence",
                                "PA pupils",
                                "PA rate"),
                        PackLine.row("Year 7", "60", "95.50%", "3.00%", "1.50%", "4", "6.67%"),
                        PackLine.row("Year 8", "60", "91.25%", "5.00%", "3.75%", "8", "13.33%"),
                        PackLine.row("Year 9", "fewer than 5", "–", "–", "–", "–", "–"),
                        PackLine.heading("Weekly attendance against the same weeks last year"),
                        PackLine.chart(),
                        PackLine.heading("Self-evaluation of attendance practice"),
                        PackLine.text("No self-evaluation round has been closed yet.")));
    }

    @Test
    void rendersTitlePageAndYearGroupTableWithEmbeddedDejaVu() throws Exception {
        byte[] pdf = pack().render(new JasperRenderer());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "governor-pack-sample.pdf"), pdf); // to look at

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ashdown Academy"), text);
            assertTrue(text.contains("From 3 September 2025 to 19 December 2025"), text);
            assertTrue(text.contains("93.37%"), text);
            assertTrue(text.contains("12 pupils (10.00%)") && text.contains("18,000"), text);
            assertTrue(text.contains("Year 8") && text.contains("91.25%"), text);
            assertTrue(text.contains("fewer than 5"), text);
            assertTrue(
                    text.contains("Self-evaluation of attendance practice")
                            && text.contains("No self-evaluation round"),
                    text);
            assertEquals(2, document.getNumberOfPages(), "title page, then the body");
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            assertTrue(font.isEmbedded(), "fonts must be embedded so the pack prints the same everywhere");
            assertEquals(
                    "Attendance report for governors: Ashdown Academy, Autumn term 2025/26",
                    document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void packIsAccessibleAndArchivable() {
        assertCompliant(pack().render(new JasperRenderer()), "governor pack");
    }

    @Test
    void aTableThatCrossesAPageStaysAccessible() {
        GovernorPack one = pack();
        java.util.List<PackLine> lines = new java.util.ArrayList<>(one.lines());
        lines.add(PackLine.columns("Week beginning", "This year", "Same week last year", "Change"));
        for (int week = 1; week <= 80; week++) {
            lines.add(PackLine.row("Week " + week, "95.00%", "94.00%", "+1.00 pts"));
        }
        // the running footer is an artifact, so the rows either side of a page break stay one table
        assertCompliant(
                new GovernorPack(one.cover(), one.headline(), one.chart(), one.trendChart(), one.notes(), lines)
                        .render(new JasperRenderer()),
                "governor pack with a long table");
    }

    /**
     * Rows whose cells wrap onto three lines, many of them, so that rows meet page breaks: a row moves whole to the
     * next page instead of leaving a cell's last line (a TD outside its TR) there, as the demo's self-evaluation grid
     * did (veraPDF PDF/UA-1 7.2-3 and 7.2-9).
     */
    @Test
    void aRowThatWrapsIsNeverSplitOverAPage() {
        GovernorPack one = pack();
        java.util.List<PackLine> lines = new java.util.ArrayList<>(one.lines());
        lines.add(PackLine.columns("Chevron", "Agreed score", "Rating", "Band in words", "Change since last time"));
        for (int row = 1; row <= 60; row++) {
            lines.add(PackLine.row(
                    "1.2b Resource allocation and capacity " + row,
                    "8",
                    "Amber",
                    "Partly in place: developing",
                    "up 2 (was 6)"));
        }
        assertCompliant(
                new GovernorPack(one.cover(), one.headline(), one.chart(), one.trendChart(), one.notes(), lines)
                        .render(new JasperRenderer()),
                "governor pack with rows that wrap");
    }

    /** A small school whose year groups all have fewer than 5 pupils: a sentence where the chart stands. */
    @Test
    void noYearGroupToShowIsSaidInWordsInsteadOfAnEmptyChart() throws Exception {
        GovernorPack one = pack();
        String none = "No year group can be shown: each has fewer than 5 pupils with figures. Whole school 93.37%.";
        byte[] pdf = new GovernorPack(
                        one.cover(),
                        one.headline(),
                        new GovernorPack.Chart(null, none),
                        one.trendChart(),
                        one.notes(),
                        one.lines())
                .render(new JasperRenderer());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String text = firstPage.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(none), text);
        }
        assertCompliant(pdf, "governor pack without a year-group chart");
    }

    @Test
    void barChartPngIsDrawnAtThreeTimesItsSizeForPrint() throws Exception {
        byte[] png = new BarChart("Attendance %").bar("Year 7", 95.5).png(100, 50);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(300, image.getWidth());
        assertEquals(150, image.getHeight());
    }

    @Test
    void barChartRefusesAPercentageOutsideZeroToHundred() {
        var chart = new BarChart("Attendance %");
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> chart.bar("Year 7", 101));
        assertTrue(error.getMessage().contains("Year 7"));
    }
}
