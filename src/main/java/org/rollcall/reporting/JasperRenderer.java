package org.rollcall.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import org.rollcall.reporting.pdf.PdfSettings;

/**
 * Fills a template from {@code reports/} with plain data objects and exports accessible PDFs (PDF/UA-1 and
 * PDF/A-2a, see {@link PdfSettings}). Templates are compiled by the build into {@code reports/*.jasper} and
 * loaded once (a compiled report is safe to share between threads). Locale and time zone are fixed so the
 * same data gives the same text. Bulk work runs on one worker per core, a few documents ahead of the caller.
 */
@ApplicationScoped
public class JasperRenderer {
    private static final Locale LOCALE = Locale.UK;
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone("Europe/London");
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /**
     * Separate documents in flight at once (about 90 KB each, so a few MB whatever the run's size): enough for
     * the workers to go on rendering while the caller's sink stops to write a chunk of 100 to the archive.
     * With 4 in flight the workers stood idle through every chunk write, which is why rendering inside the
     * run took twice as long per pupil as at the benchmark endpoint.
     */
    private static final int WINDOW = 64;
    /** Prints filled ahead of the print file's export (a filled page is larger than its PDF). */
    private static final int FILL_AHEAD = 2 * WORKERS;

    private final JasperReportsContext context = PdfSettings.context();
    /** Separate files in bulk share each font's embedded subset; a single file or a print file makes its own. */
    private final JasperReportsContext bulk = PdfSettings.sharedFontSubsets(context);

    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    /** The server's managed threads; outside a container (tests, benchmark) a pool of our own. */
    @Resource
    ManagedExecutorService managed;

    public byte[] renderPdf(String template, String title, Map<String, Object> parameters, Collection<?> rows) {
        return export(List.of(new SimpleExporterInputItem(fill(report(template), parameters, rows))), title, context);
    }

    /** Renders each job to its own accessible PDF and hands it to the sink on the caller's thread, in job order, as soon as it is ready; memory does not grow with the number of jobs. */
    public void renderEach(String template, Iterable<PdfJob> jobs, BiConsumer<PdfJob, byte[]> sink) {
        try (RenderAhead rendered = renderAhead(template, jobs.iterator(), WINDOW)) {
            for (Optional<RenderAhead.Rendered> r = rendered.next(); r.isPresent(); r = rendered.next()) {
                sink.accept(r.get().job(), r.get().pdf());
            }
        }
    }

    /**
     * Starts rendering the jobs to separate accessible PDFs, up to {@code ahead} of the caller, who takes them
     * in order ({@link RenderAhead#next}) and closes it when done.
     */
    public RenderAhead renderAhead(String template, Iterator<PdfJob> jobs, int ahead) {
        JasperReport report = report(template);
        return new RenderAhead(executor(), ahead, jobs, job -> new RenderAhead.Rendered(job, renderPdf(report, job)));
    }

    /**
     * {@link #renderAhead(String, Iterator, int)} for jobs made on the workers from the caller's items, each PDF
     * stored by {@code store} on the worker that made it, before the caller takes it (a run stores its files
     * there, so their writes and waits for the disk overlap with rendering on the other workers instead of stopping
     * the one thread that commits the chunks). The caller gets each job's key and title, what {@code store}
     * answered (the file's SHA-256) and the length: neither the bytes nor the job's data, so what is rendered
     * ahead holds no more than that, and a job's data lives only while its document is made.
     */
    public <T> RenderAhead renderAndStoreAhead(
            String template, Iterator<T> items, int ahead, Function<T, PdfJob> jobOf, Function<byte[], String> store) {
        JasperReport report = report(template);
        return new RenderAhead(executor(), ahead, items, item -> {
            PdfJob job = jobOf.apply(item);
            byte[] pdf = renderPdf(report, job);
            return new RenderAhead.Rendered(job.named(), null, store.apply(pdf), pdf.length);
        });
    }

    /**
     * A print file made on a thread of its own while the caller goes on (a run's printouts), filled page by page
     * on that thread: nothing waits for the workers the printouts keep busy.
     */
    public Future<byte[]> renderCombinedLater(String template, String title, Iterable<PdfJob> jobs) {
        JasperReport report = report(template);
        return executor().submit(() -> {
            Iterator<PdfJob> pending = jobs.iterator();
            if (!pending.hasNext()) {
                throw new IllegalArgumentException("A print file needs at least one document: " + title);
            }
            Supplier<JasperPrint> next = () -> {
                PdfJob job = pending.next();
                return fill(report, job.parameters(), job.rows());
            };
            return export(new LazyPrints(next, pending::hasNext), title, context);
        });
    }

    /** All jobs as consecutive pages of one accessible PDF (a print file), titled title; at least one job. */
    public byte[] renderCombined(String template, String title, Iterable<PdfJob> jobs) {
        JasperReport report = report(template);
        Iterator<PdfJob> pending = jobs.iterator();
        if (!pending.hasNext()) {
            throw new IllegalArgumentException("A print file needs at least one document: " + title);
        }
        // the caller's thread exports page after page while the workers fill the next few
        try (OrderedWorkers<JasperPrint> fills = new OrderedWorkers<>(executor(), FILL_AHEAD)) {
            Supplier<JasperPrint> next = () -> {
                while (!fills.full() && pending.hasNext()) {
                    PdfJob job = pending.next();
                    fills.add(() -> fill(report, job.parameters(), job.rows()));
                }
                return fills.next().orElseThrow();
            };
            return export(new LazyPrints(next, () -> pending.hasNext() || !fills.isEmpty()), title, context);
        }
    }

    JasperReport report(String template) {
        return loaded.computeIfAbsent(template, JasperRenderer::load);
    }

    private byte[] renderPdf(JasperReport report, PdfJob job) {
        return export(
                List.of(new SimpleExporterInputItem(fill(report, job.parameters(), job.rows()))), job.title(), bulk);
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

    private byte[] export(List<ExporterInputItem> prints, String title, JasperReportsContext exportContext) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfSettings.exporter(exportContext, prints, title, pdf).exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Could not export " + title, e);
        }
        return pdf.toByteArray();
    }

    private ExecutorService executor() {
        return managed != null ? managed : OwnPool.THREADS;
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

    /** Daemon workers for use outside a container, created on first use. */
    private static final class OwnPool {
        static final ExecutorService THREADS = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread thread = new Thread(task, "rollcall-render");
            thread.setDaemon(true);
            return thread;
        });
    }
}
