package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import org.rollcall.reporting.pdf.PdfSettings;

/**
 * Fills a template from {@code reports/} with plain data objects and exports accessible PDFs (PDF/UA-1 and
 * PDF/A-2a, see {@link PdfSettings}). Templates are compiled by the build into {@code reports/*.jasper} and
 * loaded once (a compiled report is safe to share between threads). Locale and time zone are fixed so the
 * same data gives the same text.
 */
@ApplicationScoped
public class JasperRenderer {
    private static final Locale LOCALE = Locale.UK;
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone("Europe/London");

    private final JasperReportsContext context = PdfSettings.context();
    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    public byte[] renderPdf(String template, String title, Map<String, Object> parameters, Collection<?> rows) {
        return export(List.of(fill(report(template), parameters, rows)), title);
    }

    /** Renders each job to its own accessible PDF and hands it to the sink on the caller's thread, in job order, as soon as it is ready; memory does not grow with the number of jobs. */
    public void renderEach(String template, Iterable<PdfJob> jobs, BiConsumer<PdfJob, byte[]> sink) {
        JasperReport report = report(template);
        for (PdfJob job : jobs) {
            sink.accept(job, export(List.of(fill(report, job.parameters(), job.rows())), job.title()));
        }
    }

    /** All jobs as consecutive pages of one accessible PDF (a print file), titled title. */
    public byte[] renderCombined(String template, String title, Iterable<PdfJob> jobs) {
        JasperReport report = report(template);
        List<JasperPrint> prints = new ArrayList<>();
        jobs.forEach(job -> prints.add(fill(report, job.parameters(), job.rows())));
        return export(prints, title);
    }

    JasperReport report(String template) {
        return loaded.computeIfAbsent(template, JasperRenderer::load);
    }

    private JasperPrint fill(JasperReport report, Map<String, Object> parameters, Collection<?> rows) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, LOCALE);
        all.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
        try {
            return JasperFillManager.getInstance(context).fill(report, all, new JRBeanCollectionDataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("Could not fill report " + report.getName(), e);
        }
    }

    private byte[] export(List<JasperPrint> prints, String title) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfSettings.exporter(context, prints, title, pdf).exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Could not export " + title, e);
        }
        return pdf.toByteArray();
    }

    /** The template as the build compiled it (see TemplateCompiler): no compiler is needed at run time. */
    private static JasperReport load(String template) {
        String resource = "reports/" + template + ".jasper";
        try (InputStream jasper = JasperRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (jasper == null) {
                throw new IllegalStateException("No compiled report " + resource + " (is reports/" + template
                        + ".jrxml there and did the build compile it?)");
            }
            return (JasperReport) JRLoader.loadObject(jasper);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Could not load compiled report " + resource, e);
        }
    }
}
