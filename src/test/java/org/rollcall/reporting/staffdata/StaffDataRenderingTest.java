package org.rollcall.reporting.staffdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.PrintoutFixtures;

/** A form's staff data: Amy (85.00%) and Ben (100.00%) of 7A; Amy first, lowest attendance first. */
class StaffDataRenderingTest {

    @Test
    void formSheetListsItsPupilsLowestFirst() throws Exception {
        List<LetterPupil> pupils = List.of(PrintoutFixtures.ben(), PrintoutFixtures.amy());
        StaffDataWriter writer = writer(pupils);
        List<StaffDataRow> rows = writer.rows(pupils);
        assertEquals(
                List.of("Archer, Amy", "Brown, Ben"),
                rows.stream().map(StaffDataRow::getPupil).toList());
        assertEquals("85.00%", rows.get(0).getAttendance());
        assertEquals("Serious concern", rows.get(0).getBand());
        assertEquals("1 / 0", rows.get(0).getLates());
        assertEquals("PA", rows.get(0).getPa());
        byte[] pdf = new JasperRenderer()
                .renderPdf(
                        "staff-data",
                        "Staff data: form 7A",
                        Map.of("SHEET", writer.sheet("Staff data: form 7A", pupils)),
                        rows);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "staff-data-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages());
            assertTrue(text.indexOf("Archer, Amy") < text.indexOf("Brown, Ben"), text);
            assertTrue(text.contains("Pupils: 2. Attendance: 92.50%"), text);
        }
    }

    /**
     * A year group runs over several pages: the table continues on each, and the running footer ("staff only",
     * page number) is an artifact, not a paragraph inside the table (veraPDF PDF/UA-1 7.2-3 failed on the demo's
     * Year 11 before). Still PDF/UA-1 and PDF/A-2a.
     */
    @Test
    void aSheetOverSeveralPagesIsStillAccessible() throws Exception {
        List<LetterPupil> two = List.of(PrintoutFixtures.ben(), PrintoutFixtures.amy());
        List<LetterPupil> pupils = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> two.get(i % 2))
                .toList();
        StaffDataWriter writer = writer(pupils);
        byte[] pdf = new JasperRenderer()
                .renderPdf(
                        "staff-data",
                        "Staff data: Year 7",
                        Map.of("SHEET", writer.sheet("Staff data: Year 7", pupils)),
                        writer.rows(pupils));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Page 2"));
        }
        org.rollcall.testing.PdfCompliance.assertCompliant(pdf, "staff data over several pages");
    }

    /** Ashdown's writer for the fortnight of 8 to 19 September 2025, against these pupils' own summary. */
    private static StaffDataWriter writer(List<LetterPupil> pupils) {
        return new StaffDataWriter(
                "Ashdown Academy",
                DateWindow.of(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 19)),
                "Autumn term 2025/26",
                AttendanceSummary.of(
                        pupils.stream().map(p -> p.assessed().tally()).toList()),
                Optional.empty(),
                LocalDate.of(2025, 9, 19));
    }
}
