package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Fills a template from {@code reports/} with plain data objects and exports a PDF. Each template
 * is compiled once and kept (a cold compile costs seconds; a compiled report is safe to share).
 * Locale and time zone are fixed so the same data gives the same text.
 */
@ApplicationScoped
public class JasperRenderer {
    private static final Locale LOCALE = Locale.UK;
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone("Europe/London");

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public byte[] renderPdf(String template, String title, Map<String, Object> parameters, Collection<?> rows) {
        try {
            Map<String, Object> all = new HashMap<>(parameters);
            all.put(JRParameter.REPORT_LOCALE, LOCALE);
            all.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
            JasperPrint print = JasperFillManager.fillReport(compiled(template), all, new JRBeanCollectionDataSource(rows));
            return export(print, title);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + template, e);
        }
    }

    /** Each job its own PDF, handed to the sink on the caller's thread, in job order, as soon as ready; memory flat in the number of jobs. */
    public void renderEach(String template, Iterable<PdfJob> jobs, BiConsumer<PdfJob, byte[]> sink) {
        for (PdfJob job : jobs) {
            sink.accept(job, renderPdf(template, job.title(), job.parameters(), job.rows()));
        }
    }

    /** All jobs as consecutive pages of one PDF (a print file). */
    public byte[] renderCombined(String template, String title, Iterable<PdfJob> jobs) {
        try {
            JasperPrint combined = null;
            for (PdfJob job : jobs) {
                Map<String, Object> all = new HashMap<>(job.parameters());
                all.put(JRParameter.REPORT_LOCALE, LOCALE);
                all.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
                JasperPrint print = JasperFillManager.fillReport(compiled(template), all, new JRBeanCollectionDataSource(job.rows()));
                if (combined == null) {
                    combined = print;
                } else {
                    print.getPages().forEach(combined::addPage);
                }
            }
            if (combined == null) {
                throw new IllegalArgumentException("A combined PDF needs at least one job");
            }
            return export(combined, title);
        } catch (JRException e) {
            throw new IllegalStateException("Could not render report " + template, e);
        }
    }

    JasperReport compiled(String template) {
        return compiled.computeIfAbsent(template, JasperRenderer::compile);
    }

    private static JasperReport compile(String template) {
        String resource = "reports/" + template + ".jrxml";
        try (InputStream jrxml = JasperRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (jrxml == null) {
                throw new IllegalStateException("No report template " + resource);
            }
            return JasperCompileManager.compileReport(jrxml);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Could not compile report template " + resource, e);
        }
    }

    private static byte[] export(JasperPrint print, String title) throws JRException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        config.setMetadataTitle(title);
        config.setDisplayMetadataTitle(true);
        config.setMetadataAuthor("Rollcall");
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // keep chart text as text, not glyph outlines
        report.setForceSvgShapes(false);
        exporter.setConfiguration(report);
        exporter.exportReport();
        return pdf.toByteArray();
    }
}
