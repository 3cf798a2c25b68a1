package org.rollcall.reporting.sef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupGap;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.Measures;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.testing.PdfCompliance;

/**
 * The SEF section from one hand-made data record, written both ways: the PDF (tagged headings and
 * tables) and the Word file (heading styles, real tables) carry the same figures and sentences.
 */
class SefWritersTest {

    // 100 pupils, 10 sessions each: 930 attended, 50 authorised, 20 unauthorised; 12 PA, 1 severe
    private static final Measures NOW = new Measures(1000, 930, 0, 50, 20, 0, 0, 100, 12, 1, List.of());
    // the year before, same weeks: 928 of 1000
    private static final Measures BEFORE = new Measures(1000, 928, 0, 52, 20, 0, 0, 100, 14, 1, List.of());

    static SefSection section() {
        List<YearFigures> years = new ArrayList<>();
        years.add(year(
                "2023/24",
                LocalDate.of(2023, 9, 1),
                LocalDate.of(2024, 8, 31),
                false,
                BEFORE,
                NationalBenchmark.latest()));
        years.add(year(
                "2024/25",
                LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 8, 31),
                false,
                BEFORE,
                NationalBenchmark.latest()));
        years.add(year(
                "2025/26",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 11, 28),
                true,
                NOW,
                NationalBenchmark.latest()));
        PeriodComparison same = PeriodComparison.of(
                years.get(2).window(),
                NOW,
                DateWindow.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 11, 29)),
                BEFORE);
        GroupSummary fsm = new GroupSummary(
                GroupBy.FSM,
                "Yes",
                "FSM",
                false,
                OptionalInt.of(20),
                Optional.of(AttendanceSummary.of(NOW)),
                Optional.of(new GroupGap(
                        Optional.of(new BigDecimal("-5.00")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                Optional.empty());
        GroupSummary fsmEarlier = new GroupSummary(
                GroupBy.FSM,
                "Yes",
                "FSM",
                false,
                OptionalInt.of(20),
                Optional.of(AttendanceSummary.of(NOW)),
                Optional.of(new GroupGap(
                        Optional.of(new BigDecimal("-7.00")),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())),
                Optional.empty());
        return new SefSection(
                "Ashdown Academy",
                "123456",
                "SECONDARY",
                LocalDate.of(2025, 11, 29),
                years,
                same,
                List.of(new GroupTrend("FSM", List.of(Optional.of(fsmEarlier), Optional.empty(), Optional.of(fsm)))),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    private static YearFigures year(
            String label, LocalDate from, LocalDate to, boolean toDate, Measures m, NationalBenchmark n) {
        return new YearFigures(label, DateWindow.of(from, to), toDate, AttendanceSummary.of(m), Optional.of(n));
    }

    @Test
    void evidenceParagraphSaysHowThisYearComparesWithLastYearAndNationally() {
        String first = SefFigureSections.headline(section()).get(1).text();
        // 93.00 against 92.80 the same weeks last year, and 100 - 7.1 = 92.9 nationally (2023/24, the latest)
        assertEquals(
                "This year to date (1 September 2025 to 28 November 2025) attendance is 93.00%, 0.20 points above"
                        + " the same weeks last year and 0.10 points above the national figure (2023/24, the latest published:"
                        + " 92.9%).",
                first);
    }

    @Test
    void pdfHasTheFiguresAndTaggedHeadingsAndTables() throws Exception {
        byte[] bytes = new SefPdfWriter(new JasperRenderer()).write(section());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "sef-writers-test.pdf"), bytes); // to look at
        PdfCompliance.assertCompliant(bytes, "the SEF section");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Ashdown Academy") && text.contains("93.00%") && text.contains("12.00%"), text);
            assertTrue(text.contains("since 2023/24 the gap has narrowed by 2.00 points"), text);
            List<String> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertTrue(tags.contains("H1") && tags.contains("H2"), tags.toString());
            assertEquals(3, tags.stream().filter("Table"::equals).count(), "headline, groups, PA: " + tags);
            assertTrue(tags.contains("TH") && tags.contains("TD") && tags.contains("TR"), tags.toString());
        }
    }

    @Test
    void docxHasHeadingStylesAndRealTables() throws Exception {
        byte[] bytes = new SefDocxWriter().write(section());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertTrue(headings.contains("Headline attendance over three years"), headings.toString());
            XWPFTable headline = doc.getTables().get(0);
            assertEquals("Attendance", headline.getRow(0).getCell(1).getText());
            assertEquals("2025/26 to date", headline.getRow(5).getCell(0).getText());
            assertEquals("93.00%", headline.getRow(5).getCell(1).getText());
            assertEquals("National 2023/24", headline.getRow(6).getCell(0).getText());
            assertEquals("92.9%", headline.getRow(6).getCell(1).getText());
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                collect(e, tags);
            }
        }
    }
}
