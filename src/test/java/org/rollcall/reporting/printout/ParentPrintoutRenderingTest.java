package org.rollcall.reporting.printout;

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
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;

/**
 * A printout worked by hand: two weeks, 20 sessions; week 1 all present (one late before the
 * register closed), week 2 two sessions of illness and one with no reason given.
 * Attendance 17/20 = 85.00%; 3 sessions missed = 1½ days; target 96% (the default rule).
 */
class ParentPrintoutRenderingTest {
    static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);

    static Letterhead letterhead() {
        DateWindow window = DateWindow.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 19));
        SchoolTerm term = new SchoolTerm(
                DateWindow.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)),
                Optional.empty(),
                java.util.Set.of());
        return new Letterhead(
                "Ashdown Academy",
                "Ashdown Road\nAshford\nTN2 2BB",
                "Telephone 01234 567890\noffice@ashdown.example",
                "22 September 2025",
                Letterhead.windowText(window, term),
                "19 December",
                "If you would like to talk about this, please contact Ms Jo Bloggs, our senior attendance champion, by telephone on 01234 567891. We are here to help.");
    }

    @Test
    void onePagePrintoutInPlainWords() throws Exception {
        LetterPupil amy = PrintoutFixtures.amy();
        ParentPrintout p = new PrintoutWriter(letterhead()).write(amy, amy.firstAddressee());
        byte[] pdf = new JasperRenderer()
                .renderPdf(
                        "parent-printout",
                        "Attendance report: Amy Archer",
                        Map.of("PRINTOUT", p),
                        PrintoutWriter.rows(amy.assessed().assessment()));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "parent-printout-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages(), text);
            assertTrue(text.contains("Attendance report for Amy Archer"), text);
            assertTrue(text.contains("Attendance: 85.00%"), text);
            assertTrue(text.contains("Amy missed 1½ days (3 sessions) out of 10 days (20 sessions)"), text);
            assertTrue(text.contains("A session is a morning or an afternoon"), text);
            assertTrue(text.contains("Amy's target this term: 96%"), text);
            assertTrue(text.contains("This term so far: 1 September to 19 September 2025"), text);
            assertTrue(text.contains("Ms Jo Bloggs"), text);
            assertTrue(text.contains("Mrs Ann Archer") && text.contains("TN1 1AA"), text);
        }
    }

    @Test
    void combinedPrintFileHasAPagePerJobAndEachAloneOnePage() throws Exception {
        LetterPupil amy = PrintoutFixtures.amy();
        PrintoutWriter writer = new PrintoutWriter(letterhead());
        List<PdfJob> jobs = List.of(job(writer, amy, "1"), job(writer, amy, "2"), job(writer, amy, "3"));
        JasperRenderer renderer = new JasperRenderer();
        byte[] combined = renderer.renderCombined("parent-printout", "Print file", jobs);
        try (PDDocument document = Loader.loadPDF(combined)) {
            assertEquals(3, document.getNumberOfPages());
        }
        List<String> keys = new java.util.ArrayList<>();
        renderer.renderEach("parent-printout", jobs, (job, pdf) -> keys.add(job.key()));
        assertEquals(List.of("1", "2", "3"), keys, "in job order");
    }

    private static PdfJob job(PrintoutWriter writer, LetterPupil pupil, String key) {
        return new PdfJob(
                key,
                "Attendance report",
                Map.of("PRINTOUT", writer.write(pupil, pupil.firstAddressee())),
                PrintoutWriter.rows(pupil.assessed().assessment()));
    }
}
