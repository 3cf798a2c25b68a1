package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rollcall.reporting.printout.ParentPrintout;

/** The start-up warm-up loads every template it names and its placeholder printout renders as one page. */
class RendererWarmUpTest {

    @Test
    void everyTemplateLoadsAndThePlaceholderIsOnePage() throws Exception {
        RendererWarmUp warmUp = new RendererWarmUp();
        warmUp.renderer = new JasperRenderer();
        warmUp.warmUp();
        RendererWarmUp.TEMPLATES.forEach(t -> assertNotNull(warmUp.renderer.report(t), t));
        byte[] pdf = warmUp.renderer.renderPdf(
                "parent-printout", "Warm-up", Map.of("PRINTOUT", ParentPrintout.placeholder()), List.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
