package org.rollcall.reporting.printout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.rollcall.reporting.pdf.PdfSettings;

/**
 * Rollcall writes a plain line of text itself instead of through OpenPDF's ColumnText (PlainLinePhrase). The same
 * filled printouts exported both ways must put every glyph in the same place, in the same font and size: in fact
 * the page's content is the same, byte for byte.
 */
class PlainLineLayoutTest {
    @Test
    void everyGlyphLandsWhereOpenPdfPutsIt() throws Exception {
        PrintoutWriter writer = new PrintoutWriter(ParentPrintoutRenderingTest.letterhead());
        for (LetterPupil pupil :
                List.of(PrintoutFixtures.amy(), PrintoutFixtures.worstCase(1), PrintoutFixtures.worstCase(2))) {
            JasperPrint print = fill(writer.write(pupil, pupil.firstAddressee()), pupil);
            JasperReportsContext plain = PdfSettings.context();
            SimpleJasperReportsContext columnText = new SimpleJasperReportsContext(plain);
            columnText.setProperty(PdfSettings.PLAIN_LINES, "false");

            byte[] oursPdf = export(print, plain);
            byte[] openPdfPdf = export(print, columnText);
            List<String> ours = glyphs(oursPdf);
            List<String> openPdf = glyphs(openPdfPdf);

            assertTrue(ours.size() > 500, "a printout has text: " + ours.size());
            assertEquals(openPdf.size(), ours.size(), "glyphs: " + firstDifference(openPdf, ours));
            assertEquals("", firstDifference(openPdf, ours));
            // and not only the same places: the very same drawing operators, byte for byte
            assertArrayEquals(pageContent(openPdfPdf), pageContent(oursPdf));
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "glyph " + i + ": OpenPDF " + expected.subList(i, Math.min(expected.size(), i + 3)) + ", ours "
                        + actual.subList(i, Math.min(actual.size(), i + 3));
            }
        }
        return "";
    }

    private static JasperPrint fill(ParentPrintout printout, LetterPupil pupil) throws Exception {
        JasperReport report;
        try (InputStream jasper =
                PlainLineLayoutTest.class.getClassLoader().getResourceAsStream("reports/parent-printout.jasper")) {
            report = (JasperReport) JRLoader.loadObject(jasper);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PRINTOUT", printout);
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return JasperFillManager.getInstance(PdfSettings.context())
                .fill(
                        report,
                        parameters,
                        new JRBeanCollectionDataSource(
                                PrintoutWriter.rows(pupil.assessed().assessment())));
    }

    private static byte[] export(JasperPrint print, JasperReportsContext context) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfSettings.exporter(context, List.of(new SimpleExporterInputItem(print)), "Attendance report", pdf)
                .exportReport();
        return pdf.toByteArray();
    }

    private static byte[] pageContent(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf);
                InputStream content = document.getPage(0).getContents()) {
            return content.readAllBytes();
        }
    }

    /** Each glyph as text: character, position to a hundredth of a point, font and size. */
    private static List<String> glyphs(byte[] pdf) throws IOException {
        List<String> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(String.format(
                            Locale.ROOT,
                            "%s %.2f %.2f %s %.2f",
                            text.getUnicode(),
                            text.getXDirAdj(),
                            text.getYDirAdj(),
                            text.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""),
                            text.getFontSizeInPt()));
                }
            };
            stripper.writeText(document, new StringWriter());
        }
        return glyphs;
    }
}
