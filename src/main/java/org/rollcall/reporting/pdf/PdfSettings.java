package org.rollcall.reporting.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.RepositoryService;

/**
 * What every Rollcall PDF is: tagged, in British English, PDF/A-2a with the sRGB output intent, titled,
 * compressed, chart text kept as text. One place, so a governor pack, a printout and a print file cannot
 * drift apart.
 */
public final class PdfSettings {
    public static final String LANGUAGE = "en-GB";
    public static final String AUTHOR = "Rollcall";
    /** A template without a font of its own still embeds one (PDF/A forbids the non-embedded Helvetica). */
    public static final String DEFAULT_FONT = "DejaVu Sans";
    /** Context property: embed fonts through a {@link com.lowagie.text.pdf.SharedSubsetFont} (bulk rendering). */
    static final String SHARED_FONT_SUBSETS = "org.rollcall.pdf.shared.font.subsets";
    /** Context property: {@code false} lays every line out through OpenPDF, not {@link PlainLinePhrase} (tests compare). */
    public static final String PLAIN_LINES = "org.rollcall.pdf.plain.lines";

    private PdfSettings() {}

    /** The JasperReports context the renderer fills and exports with: the accessible producer, the sRGB profile. */
    public static JasperReportsContext context() {
        JasperReportsContext parent = DefaultJasperReportsContext.getInstance();
        SimpleJasperReportsContext context = new SettledContext(parent);
        context.setProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY, AccessiblePdfProducerFactory.class.getName());
        context.setProperty("net.sf.jasperreports.default.font.name", DEFAULT_FONT);
        // the fill saves where it broke each text's lines and the exporter breaks them there, one line at a time:
        // what was measured to fit is what is drawn, and a plain line needs no layout at export (PlainLinePhrase)
        context.setProperty("net.sf.jasperreports.text.save.line.breaks", "true");
        context.setProperty("net.sf.jasperreports.export.pdf.use.saved.line.breaks", "true");
        // a text measured once in an element is not measured again there (RememberedMeasures)
        context.setProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY, RememberedMeasures.class.getName());
        List<RepositoryService> repositories = new ArrayList<>();
        repositories.add(new SrgbProfile());
        repositories.addAll(parent.getExtensions(RepositoryService.class));
        context.setExtensions(RepositoryService.class, repositories);
        return context;
    }

    /**
     * The context for many separate files at once: each font is subset and compressed once and the same bytes go
     * into every file (a wider subset per file, a fraction of the time), instead of once per file.
     */
    public static JasperReportsContext sharedFontSubsets(JasperReportsContext context) {
        SimpleJasperReportsContext bulk = new SettledContext(context);
        bulk.setProperty(SHARED_FONT_SUBSETS, "true");
        return bulk;
    }

    /** An exporter of the prints, in order, as one accessible PDF titled {@code title}. */
    public static JRPdfExporter exporter(
            JasperReportsContext context, List<ExporterInputItem> prints, String title, OutputStream out) {
        JRPdfExporter exporter = new AccessiblePdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setTagged(true);
        config.setTagLanguage(LANGUAGE);
        config.setMetadataTitle(title);
        config.setDisplayMetadataTitle(true);
        config.setMetadataAuthor(AUTHOR);
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        config.setIccProfilePath(SrgbProfile.LOCATION);
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // keep chart text as text, not glyph outlines
        report.setForceSvgShapes(false);
        exporter.setConfiguration(report);
        return exporter;
    }
}
