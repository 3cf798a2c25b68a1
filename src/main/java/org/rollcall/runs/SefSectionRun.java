package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.NewDocument;
import org.rollcall.reporting.sef.SefAssembler;
import org.rollcall.reporting.sef.SefDocxWriter;
import org.rollcall.reporting.sef.SefPdfWriter;
import org.rollcall.reporting.sef.SefSection;
import org.rollcall.reporting.sef.SefYear;

/**
 * A SEF-section run: the SEF attendance section of the academic year that contains the window's
 * end, archived as PDF and as Word (each with its content type, each keyed by the run and format),
 * made by the same writers as {@code GET /schools/{urn}/sef}. Nobody is emailed.
 */
@ApplicationScoped
public class SefSectionRun {
    static final String KIND = "SEF_SECTION";

    @Inject
    SefAssembler assembler;

    @Inject
    SefPdfWriter pdf;

    @Inject
    SefDocxWriter docx;

    @Inject
    RunChunks chunks;

    String finish(ReportRun run) {
        String pdfKey = RunOutputs.single(run.getId(), "sef:pdf");
        String docxKey = RunOutputs.single(run.getId(), "sef:docx");
        var archived = chunks.archived(List.of(pdfKey, docxKey));
        SefYear year = SefYear.containing(run.getPeriodTo());
        if (archived.size() < 2) {
            SefSection sef = assembler.assemble(run.getSchool(), year);
            String title = "SEF attendance section: " + run.getSchool().getName() + ", " + year.label();
            List<NewDocument> documents = new ArrayList<>();
            if (!archived.contains(pdfKey)) {
                documents.add(document(run, title, year, pdf.write(sef))
                        .typed(SefPdfWriter.CONTENT_TYPE)
                        .keyed(pdfKey));
            }
            if (!archived.contains(docxKey)) {
                documents.add(document(run, title, year, docx.write(sef))
                        .typed(SefDocxWriter.CONTENT_TYPE)
                        .keyed(docxKey));
            }
            chunks.write(run, documents, document -> List.of());
        }
        return "SEF attendance section for " + year.label() + " archived as PDF and as Word.";
    }

    private static NewDocument document(ReportRun run, String title, SefYear year, byte[] bytes) {
        return new NewDocument(
                KIND, title, year.label(), run.getPeriodFrom(), run.getPeriodTo(), DocumentSubject.NONE, bytes);
    }
}
