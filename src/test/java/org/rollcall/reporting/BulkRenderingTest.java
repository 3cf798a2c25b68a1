package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /**
     * A run stores each file on the worker that rendered it: the caller is handed only files already stored, as
     * where they are and how long, not their bytes.
     */
    @Test
    void renderAndStoreAheadStoresEachPdfOnItsWorkerBeforeTheCallerGetsIt() throws Exception {
        Map<String, byte[]> stored = new ConcurrentHashMap<>();
        Set<String> storingThreads = ConcurrentHashMap.newKeySet();
        List<String> keys = new ArrayList<>();
        Set<String> jobThreads = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
        try (RenderAhead ahead = RENDERER.renderAndStoreAhead(
                SamplePrintouts.TEMPLATE,
                new SamplePrintouts(12, true).iterator(),
                4,
                job -> {
                    jobThreads.add(Thread.currentThread().getName());
                    return job;
                },
                pdf -> {
                    String name = "file-" + files.incrementAndGet();
                    stored.put(name, pdf);
                    storingThreads.add(Thread.currentThread().getName());
                    return name;
                })) {
            for (var next = ahead.next(); next.isPresent(); next = ahead.next()) {
                RenderAhead.Rendered r = next.get();
                assertTrue(
                        stored.containsKey(r.stored()),
                        "stored before it was handed back: " + r.job().key());
                assertEquals(stored.get(r.stored()).length, r.size());
                assertNull(r.pdf(), "the bytes are on disk, not held");
                assertTrue(r.job().parameters().isEmpty(), "the job's data is not held either");
                keys.add(r.job().key());
            }
        }
        assertEquals(12, stored.size());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), keys);
        assertFalse(
                storingThreads.contains(Thread.currentThread().getName()), "stored on the workers: " + storingThreads);
        assertFalse(jobThreads.contains(Thread.currentThread().getName()), "jobs made on the workers: " + jobThreads);
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
