package org.rollcall.reporting.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;

/**
 * OpenPDF's writer as JasperReports drives it, but with an XMP packet that identifies the file as PDF/A-2a
 * and PDF/UA-1 (JasperReports writes the PDF/A part only, and only with Adobe's XMP library present). The
 * exporter calls this once, after the document information is set and before the first page.
 */
final class IdentifiedPdfWriter extends ClassicPdfWriter {
    /**
     * Every stream (page content, object streams) deflated at the fastest level: measured on the printout
     * (PrintoutRenderProfile, 3,000 printouts), zlib's default level 6 cost 3.66 to 3.78 CPU-ms a printout and
     * level 1 2.87 to 3.08, for files 1 KB larger (89 KB, most of it the font, which is compressed once).
     */
    private static final int COMPRESSION = Deflater.BEST_SPEED;

    IdentifiedPdfWriter(ClassicPdfProducer producer, PdfWriter writer) {
        super(producer, writer);
        writer.setCompressionLevel(COMPRESSION);
    }

    @Override
    public void createXmpMetadata(String title, String subject, String keywords) {
        PdfDictionary info = getPdfWriter().getInfo();
        XmpPacket packet = new XmpPacket(
                text(info, PdfName.TITLE).orElse(""),
                text(info, PdfName.AUTHOR),
                date(info, PdfName.CREATIONDATE),
                text(info, PdfName.CREATOR),
                text(info, PdfName.PRODUCER),
                PdfSettings.LANGUAGE);
        getPdfWriter().setXmpMetadata(packet.bytes());
    }

    /**
     * The sRGB output intent, as JasperReports writes it, but with the profile stream compressed once for all
     * files instead of parsing and compressing the profile again in each.
     */
    @Override
    public void setIccProfilePath(String iccProfilePath, InputStream iccIs) {
        PdfStream profile = new PdfStream(SrgbProfile.DEFLATED);
        profile.put(PdfName.N, new PdfNumber(3));
        profile.put(PdfName.FILTER, PdfName.FLATEDECODE);
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        try {
            intent.put(
                    PdfName.DESTOUTPUTPROFILE, getPdfWriter().addToBody(profile).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        getPdfWriter().getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    private static Optional<String> text(PdfDictionary info, PdfName key) {
        return Optional.ofNullable(info.get(key))
                .map(v -> v instanceof PdfString s ? s.toUnicodeString() : v.toString());
    }

    private static Optional<String> date(PdfDictionary info, PdfName key) {
        return Optional.ofNullable(info.get(key))
                .filter(PdfDate.class::isInstance)
                .map(d -> ((PdfDate) d).getW3CDate());
    }
}
