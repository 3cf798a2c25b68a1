package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.PdfCompliance.assertCompliant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Bulk rendering on the stand-in printout: each document comes back to the caller in job order, as its own
 * one-page accessible PDF about that pupil only; the print file has the same pages, in the same order.
 */
class BulkRenderingTest {
    private static final JasperRenderer RENDERER = new JasperRenderer();

    @Test
    void renderEachHandsBackEveryDocumentInJobOrderAndEachIsAccessible() throws Exception {
        List<String> keys = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        RENDERER.renderEach(SamplePrintouts.TEMPLATE, new SamplePrintouts(30, true), (job, pdf) -> {
            keys.add(job.key());
            pdfs.add(pdf);
        });

        assertEquals(30, pdfs.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(String.valueOf(i), keys.get(i), "job order");
            try (PDDocument document = Loader.loadPDF(pdfs.get(i))) {
                assertEquals(1, document.getNumberOfPages());
                assertEquals(
                        "Attendance this term: " + SamplePrintouts.name(i),
                        document.getDocumentInformation().getTitle());
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(SamplePrintouts.name(i)), text);
                assertFalse(text.contains(SamplePrintouts.name((i + 1) % 30)), "no other pupil in " + text);
            }
        }
        for (int i : new int[] {0, 17, 29}) {
            assertCompliant(pdfs.get(i), "printout " + i + " from renderEach");
        }
    }

    /** A run stores each file on the worker that rendered it: the caller is only handed PDFs already stored. */
    @Test
    void renderAheadHandsEachPdfToThenOnItsWorkerBeforeTheCallerGetsIt() throws Exception {
        Set<byte[]> stored = ConcurrentHashMap.newKeySet();
        Set<String> storingThreads = ConcurrentHashMap.newKeySet();
        List<String> keys = new ArrayList<>();
        try (RenderAhead ahead =
                RENDERER.renderAhead(SamplePrintouts.TEMPLATE, new SamplePrintouts(12, true).iterator(), 4, pdf -> {
                    stored.add(pdf);
                    storingThreads.add(Thread.currentThread().getName());
                    return "stored-" + pdf.length;
                })) {
            for (var next = ahead.next(); next.isPresent(); next = ahead.next()) {
                assertTrue(
                        stored.contains(next.get().pdf()),
                        "stored before it was handed back: " + next.get().job().key());
                keys.add(next.get().job().key());
                assertEquals("stored-" + next.get().pdf().length, next.get().stored(), "what then answered");
            }
        }
        assertEquals(12, stored.size());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), keys);
        assertFalse(
                storingThreads.contains(Thread.currentThread().getName()), "stored on the workers: " + storingThreads);
    }

    @Test
    void renderCombinedPutsTheDocumentsOnConsecutivePagesOfOneAccessiblePdf() throws Exception {
        byte[] pdf = RENDERER.renderCombined(
                SamplePrintouts.TEMPLATE, "Print file: Ashdown Academy", new SamplePrintouts(12, true));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(12, document.getNumberOfPages());
            assertEquals(
                    "Print file: Ashdown Academy",
                    document.getDocumentInformation().getTitle());
            for (int page = 1; page <= 12; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains(SamplePrintouts.name(page - 1)), "page " + page);
            }
        }
        assertCompliant(pdf, "print file from renderCombined");
    }

    @Test
    void aPrintFileOfOneDocumentIsThatDocument() throws Exception {
        byte[] pdf = RENDERER.renderCombined(SamplePrintouts.TEMPLATE, "One", new SamplePrintouts(1, false));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void aPrintFileOfNothingIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> RENDERER.renderCombined(SamplePrintouts.TEMPLATE, "None", List.of()));
    }

    @Test
    void aDocumentThatCannotBeRenderedFailsTheRunWithItsCause() {
        PdfJob good = SamplePrintouts.job(1, false);
        PdfJob bad = new PdfJob("bad", "Bad", Map.of("NAME", 42), good.rows());
        List<String> handed = new ArrayList<>();
        var error = assertThrows(
                RuntimeException.class,
                () -> RENDERER.renderEach(
                        SamplePrintouts.TEMPLATE, List.of(good, bad, good), (job, pdf) -> handed.add(job.key())));
        assertTrue(error.getMessage().startsWith("Could not fill report"), error.toString());
        assertEquals(List.of("1"), handed, "what came before the failure was handed over, nothing after it");
    }
}
