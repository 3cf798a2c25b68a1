package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.PdfCompliance.assertCompliant;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * renderEach embeds each font's subset once for many files (SharedSubsetFont): files of ordinary text carry the
 * very same font program, a file with a character outside Latin-1 and Latin Extended-A gets one of its own that
 * has that glyph, and every file stays accessible; renderPdf still subsets for its one file.
 */
class SharedFontSubsetTest {
    private static final JasperRenderer RENDERER = new JasperRenderer();
    /** ễ (U+1EC5), ị (U+1ECB) and ư (U+01B0) are outside the shared ranges; DejaVu Sans has them. */
    private static final String VIETNAMESE = "Nguyễn Thị Hương";

    @Test
    void filesOfOneBulkRenderShareTheFontProgramUnlessTheyNeedAnotherGlyph() throws Exception {
        PdfJob plain = SamplePrintouts.job(1, true);
        PdfJob other = renamed(SamplePrintouts.job(2, true), VIETNAMESE);
        List<byte[]> pdfs = new ArrayList<>();
        RENDERER.renderEach(
                SamplePrintouts.TEMPLATE,
                List.of(SamplePrintouts.job(0, true), plain, other),
                (job, pdf) -> pdfs.add(pdf));

        Map<String, byte[]> first = fontPrograms(pdfs.get(0));
        Map<String, byte[]> second = fontPrograms(pdfs.get(1));
        Map<String, byte[]> third = fontPrograms(pdfs.get(2));
        assertTrue(first.containsKey("DejaVuSans"), first.keySet().toString());
        assertEquals(first.keySet(), second.keySet());
        for (String font : first.keySet()) {
            assertArrayEquals(first.get(font), second.get(font), font + " shared by the two plain files");
        }
        assertFalse(
                java.util.Arrays.equals(first.get("DejaVuSans"), third.get("DejaVuSans")),
                "the file with ễ has a subset of its own");
        try (PDDocument document = Loader.loadPDF(pdfs.get(2))) {
            assertTrue(new PDFTextStripper().getText(document).contains(VIETNAMESE));
        }
        for (int i = 0; i < 3; i++) {
            assertCompliant(pdfs.get(i), "file " + i + " of a bulk render");
        }
    }

    @Test
    void aSingleFileStillEmbedsOnlyTheGlyphsItUses() throws Exception {
        PdfJob job = SamplePrintouts.job(0, true);
        byte[] single = RENDERER.renderPdf(SamplePrintouts.TEMPLATE, job.title(), job.parameters(), job.rows());
        List<byte[]> bulk = new ArrayList<>();
        RENDERER.renderEach(SamplePrintouts.TEMPLATE, List.of(job), (j, pdf) -> bulk.add(pdf));

        // the shared subset also carries all of Latin-1 and Latin Extended-A, so it is larger
        assertTrue(fontPrograms(single).get("DejaVuSans").length
                < fontPrograms(bulk.get(0)).get("DejaVuSans").length);
        assertCompliant(single, "a single file");
    }

    private static PdfJob renamed(PdfJob job, String name) {
        Map<String, Object> parameters = new HashMap<>(job.parameters());
        parameters.put("NAME", name);
        parameters.put("SUMMARY", name + " attended 90% of sessions this term so far.");
        return new PdfJob(job.key(), "Attendance this term: " + name, parameters, job.rows());
    }

    /** Each page font's embedded FontFile2 (decoded), by PostScript name without the subset tag. */
    private static Map<String, byte[]> fontPrograms(byte[] pdf) throws IOException {
        Map<String, byte[]> programs = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0) {
                    String postscript = font.getName().substring(font.getName().indexOf('+') + 1);
                    programs.put(
                            postscript,
                            type0.getDescendantFont()
                                    .getFontDescriptor()
                                    .getFontFile2()
                                    .toByteArray());
                }
            }
        }
        return programs;
    }
}
