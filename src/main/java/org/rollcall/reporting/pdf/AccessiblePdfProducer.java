package org.rollcall.reporting.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.SharedSubsetFont;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfWriter;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfContent;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * JasperReports' OpenPDF producer with the three things its exporter leaves out of PDF/UA-1 and PDF/A-2a:
 * drawing that is not text or an image (cell borders, backgrounds, lines) is marked as an artifact; the XMP
 * packet names the title, language and both conformance levels; embedded fonts carry no /CIDSet (OpenPDF
 * writes one that lists every glyph of the font, not of the subset, which PDF/A forbids; it is optional).
 * In bulk (see {@link PdfSettings#sharedFontSubsets}) embedded TrueType fonts are swapped for a {@link SharedSubsetFont}, which subsets and compresses each font
 * once for many files instead of once per file. A plain line of text is written by {@link PlainLinePhrase}, not
 * laid out again by OpenPDF.
 */
public class AccessiblePdfProducer extends ClassicPdfProducer {
    private final boolean sharedFontSubsets;
    private final boolean plainLines;
    private ArtifactPdfContent content;

    public AccessiblePdfProducer(PdfProducerContext context) {
        super(context);
        sharedFontSubsets =
                Boolean.parseBoolean(context.getJasperReportsContext().getProperty(PdfSettings.SHARED_FONT_SUBSETS));
        plainLines = !"false".equals(context.getJasperReportsContext().getProperty(PdfSettings.PLAIN_LINES));
    }

    @Override
    public PdfPhrase createPhrase() {
        return plainLines ? new PlainLinePhrase(this, new Phrase()) : super.createPhrase();
    }

    @Override
    public PdfPhrase createPhrase(PdfChunk chunk) {
        return plainLines
                ? new PlainLinePhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()))
                : super.createPhrase(chunk);
    }

    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        ClassicPdfWriter classic = (ClassicPdfWriter) super.createWriter(os);
        return new IdentifiedPdfWriter(this, classic.getPdfWriter());
    }

    @Override
    public PdfContent createPdfContent() {
        super.createPdfContent();
        content = new ArtifactPdfContent(super.getPdfContent(), this::getPdfContentByte);
        return content;
    }

    @Override
    public PdfContent getPdfContent() {
        return content;
    }

    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = super.getFont(attributes, locale);
        if (font == null || font.getBaseFont() == null) {
            return font;
        }
        font.getBaseFont().setIncludeCidSet(false);
        if (!sharedFontSubsets) {
            return font;
        }
        BaseFont shared = SharedSubsetFont.of(font.getBaseFont());
        return shared == font.getBaseFont() ? font : new Font(shared, font.getSize(), font.getStyle(), font.getColor());
    }
}
