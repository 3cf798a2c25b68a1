package org.rollcall.reporting.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.io.IOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * JasperReports' PDF exporter whose table header cells say what they head: every {@code TH} carries
 * {@code /Scope /Column}, so a screen reader (and PDF/UA-1 rule 7.5) can find the header of each data cell.
 * Rollcall's tables are laid out as a row of column heads followed by data rows. One exporter writes one file,
 * so what does not change between files (the transparent pixel laid over an image with alt text) is read once.
 */
public class AccessiblePdfExporter extends JRPdfExporter {
    /** JasperReports' element property for what an element is to assistive technology. */
    static final String ACCESSIBILITY_TAG = "net.sf.jasperreports.export.accessibility.tag";

    /** Decoded once for every file: decoding the GIF per file was 5% of a printout's render time. */
    private static final Image PIXEL = pixel();

    public AccessiblePdfExporter(JasperReportsContext context) {
        super(context);
        tagHelper = new ColumnHeadTagHelper(this);
    }

    @Override
    protected PdfImage getPxImage() {
        // a copy of its own, since the exporter scales it to each image it lies over
        if (pxImage == null) {
            pxImage = new ClassicImage(Image.getInstance(PIXEL));
        }
        return pxImage;
    }

    private static Image pixel() {
        try {
            return Image.getInstance(JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE));
        } catch (JRException | IOException | BadElementException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Also: a text element with JasperReports' own {@value #ACCESSIBILITY_TAG} = {@code artifact} (which its PDF
     * exporter ignores) is written as an {@code /Artifact}, outside the structure tree: a running page footer, whose
     * text would otherwise land inside a table that runs over the page break (PDF/UA-1 7.2-3).
     */
    private static final class ColumnHeadTagHelper extends JRPdfExporterTagHelper {
        private static final PdfName TABLE = new PdfName("Table");
        private static final PdfName SCOPE = new PdfName("Scope");
        private static final PdfName COLUMN = new PdfName("Column");
        private static final PdfName ARTIFACT = new PdfName("Artifact");

        private boolean inArtifact;

        ColumnHeadTagHelper(JRPdfExporter exporter) {
            super(exporter);
        }

        @Override
        protected void startElement(JRPrintElement element) {
            if (!isArtifact(element)) {
                super.startElement(element);
            }
        }

        @Override
        protected void endElement(JRPrintElement element) {
            if (!isArtifact(element)) {
                super.endElement(element);
            }
        }

        @Override
        protected void startText(JRPrintText text, String actualText) {
            if (isTagged && isArtifact(text)) {
                page().beginMarkedContentSequence(ARTIFACT);
                inArtifact = true;
            } else {
                super.startText(text, actualText);
            }
        }

        @Override
        protected void endText() {
            if (inArtifact) {
                page().endMarkedContentSequence();
                inArtifact = false;
            } else {
                super.endText();
            }
        }

        private PdfContentByte page() {
            return ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
        }

        private static boolean isArtifact(JRPrintElement element) {
            return element.hasProperties()
                    && "artifact".equals(element.getPropertiesMap().getProperty(ACCESSIBILITY_TAG));
        }

        @Override
        protected void createThStartTag(JRPrintElement element) {
            super.createThStartTag(element);
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, TABLE);
            attributes.put(SCOPE, COLUMN);
            ((ClassicStructureEntry) tagStack.peek()).getElement().put(PdfName.A, attributes);
        }
    }
}
