package org.rollcall.reporting.printout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;
import org.rollcall.testing.PdfCompliance;

/**
 * Whatever the data, a printout is one A4 page: the longest pupil there can be (eleven reasons for
 * absence, late both ways with minutes, a long name, a seven-line address, a long school letterhead and
 * champion, the longest band wording, a target out of reach) on its own and in a print file, still
 * PDF/UA-1 and PDF/A-2a. Worked by hand (see {@link PrintoutFixtures#worstCase}): 140 sessions;
 * 2 a week missed plus 1 in each of the last 4 weeks is 32 missed, 108/140 = 77.14% (serious concern);
 * 1 a week plus 4 is 18 missed, 122/140 = 87.14% (persistent absence).
 */
class OnePagePrintoutTest {

    static Letterhead longLetterhead() {
        Letterhead usual = ParentPrintoutRenderingTest.letterhead();
        return new Letterhead(
                "The Queen Elizabeth the Second Church of England Voluntary Aided Academy and Sixth Form College",
                "The Old Grammar School Buildings\nSaint Bartholomew's Lane\nLittle Wickhamsford-under-Edge\n"
                        + "Cheltenham and Tewkesbury\nGloucestershire\nGL54 2HP",
                "Telephone 01234 567890 extension 2345\nattendance.office@queen-elizabeth-academy.example.org.uk"
                        + "\nhttps://www.queen-elizabeth-academy.example.org.uk/parents/attendance",
                "30 September 2025",
                usual.windowText(),
                "19 December",
                longChampion());
    }

    static String longChampion() {
        return "If you would like to talk about this, please contact Mrs Alexandra-Victoria Featherstonehaugh-Smythe,"
                + " Deputy Headteacher (Pastoral, Safeguarding and Attendance), our senior attendance champion, by"
                + " telephone on 01234 567890 extension 2345 or by email at"
                + " alexandra-victoria.featherstonehaugh-smythe@queen-elizabeth-academy.example.org.uk. We are here to help.";
    }

    @ParameterizedTest
    @CsvSource({"2, 77.14%, Attendance we are worried about", "1, 87.14%, Persistent absence"})
    void theLongestPrintoutIsOnePage(int absentPerWeek, String attendance, String band) throws Exception {
        LetterPupil pupil = PrintoutFixtures.worstCase(absentPerWeek);
        PrintoutWriter writer = new PrintoutWriter(longLetterhead());
        PdfJob job = new PdfJob(
                "1",
                "Attendance report for " + pupil.fullName(),
                Map.of("PRINTOUT", writer.write(pupil, pupil.firstAddressee())),
                PrintoutWriter.rows(pupil.assessed().assessment()));
        JasperRenderer renderer = new JasperRenderer();
        byte[] alone = renderer.renderPdf("parent-printout", job.title(), job.parameters(), job.rows());
        Files.write(Path.of("target", "parent-printout-longest-" + absentPerWeek + ".pdf"), alone);
        String text = onePage(alone);
        assertTrue(text.contains("Attendance: " + attendance), text);
        assertTrue(text.contains(band), text);
        assertTrue(text.contains("Absent for 8 other reasons"), text);
        assertTrue(text.contains("GL54 2HP") && text.contains("Cholmondeley"), text);
        String unwrapped = text.replaceAll("\\s", "");
        assertTrue(unwrapped.contains("https://www.queen-elizabeth-academy.example.org.uk/parents/attendance"), text);
        assertTrue(unwrapped.endsWith("Wearehereto help.".replace(" ", "")), text);
        assertTrue(unwrapped.contains("GL542HP"), text);
        PdfCompliance.assertCompliant(alone, "the longest printout");

        byte[] printFile = renderer.renderCombined("parent-printout", "Print file", List.of(job, job));
        try (PDDocument document = Loader.loadPDF(printFile)) {
            assertEquals(2, document.getNumberOfPages(), "a page per addressee in the print file");
        }
    }

    private static String onePage(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, document.getNumberOfPages(), text);
            return text;
        }
    }
}
