package org.rollcall.reporting.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Optional;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;

/**
 * OpenPDF's writer as JasperReports drives it, but with an XMP packet that identifies the file as PDF/A-2a
 * and PDF/UA-1 (JasperReports writes the PDF/A part only, and only with Adobe's XMP library present). The
 * exporter calls this once, after the document information is set and before the first page.
 */
final class IdentifiedPdfWriter extends ClassicPdfWriter {
    IdentifiedPdfWriter(ClassicPdfProducer producer, PdfWriter writer) {
        super(producer, writer);
    }

    @Override
    public void createXmpMetadata(String title, String subject, String keywords) {
        PdfDictionary info = getPdfWriter().getInfo();
        XmpPacket packet = new XmpPacket(text(info, PdfName.TITLE).orElse(""), text(info, PdfName.AUTHOR),
                date(info, PdfName.CREATIONDATE), text(info, PdfName.CREATOR), text(info, PdfName.PRODUCER),
                PdfSettings.LANGUAGE);
        getPdfWriter().setXmpMetadata(packet.bytes());
    }

    private static Optional<String> text(PdfDictionary info, PdfName key) {
        return Optional.ofNullable(info.get(key)).map(v -> v instanceof PdfString s ? s.toUnicodeString() : v.toString());
    }

    private static Optional<String> date(PdfDictionary info, PdfName key) {
        return Optional.ofNullable(info.get(key)).filter(PdfDate.class::isInstance)
                .map(d -> ((PdfDate) d).getW3CDate());
    }
}
