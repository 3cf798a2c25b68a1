package org.rollcall.reporting;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Bulk rendering against the naive loop, on the stand-in printout ({@code render-benchmark.jrxml}):
 * {@code mvn -B -Prender-benchmark process-test-classes} (a forked JVM with -Xmx512m). Prints the cost of a
 * chart, the naive loop (one fill and one export per document, the template loaded once), renderEach, the
 * ratio, renderCombined and the peak heap. Documents: argument 1 (default 1,500).
 */
public final class RenderBenchmark {
    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        // (the naive loop renders the same accessible PDFs as renderEach, one after another on this thread)
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        JasperRenderer renderer = new JasperRenderer();
        HeapSampler heap = HeapSampler.begin();
        System.out.printf(
                Locale.UK,
                "Render benchmark: %d documents, %d cores, load %s%n",
                n,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        warmUp(renderer);

        long t = System.nanoTime();
        for (PdfJob job : new SamplePrintouts(n, true)) {
            job.parameters();
        }
        double chartMs = ms(t) / n;
        System.out.printf(Locale.UK, "chart object and job data:          %.2f ms per document%n", chartMs);

        // what drawing charts as vectors saves: the same chart as a 3x PNG, drawn, then embedded by the naive loop
        int sample = Math.min(n, 100);
        t = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            SamplePrintouts.job(i, true, true);
        }
        System.out.printf(Locale.UK, "chart as a 3x PNG and job data:     %.2f ms per document%n", ms(t) / sample);
        t = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            PdfJob job = SamplePrintouts.job(i, true, true);
            renderer.renderPdf(SamplePrintouts.TEMPLATE, job.title(), job.parameters(), job.rows());
        }
        System.out.printf(
                Locale.UK,
                "naive loop with the PNG chart:      %.2f ms per document (%d documents)%n",
                ms(t) / sample,
                sample);

        // what accessibility costs: the same fill, exported with JasperReports' defaults (untagged, not PDF/A)
        t = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            PdfJob job = SamplePrintouts.job(i, true);
            JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(
                    renderer.report(SamplePrintouts.TEMPLATE),
                    new HashMap<>(job.parameters()),
                    new JRBeanCollectionDataSource(job.rows())));
        }
        System.out.printf(
                Locale.UK,
                "plain JasperReports export, untagged: %.2f ms per document (%d documents)%n",
                ms(t) / sample,
                sample);

        AtomicLong bytes = new AtomicLong();
        long cpu = cpuNanos();
        t = System.nanoTime();
        for (PdfJob job : new SamplePrintouts(n, true)) {
            bytes.addAndGet(
                    renderer.renderPdf(SamplePrintouts.TEMPLATE, job.title(), job.parameters(), job.rows()).length);
        }
        double naive = ms(t) / n;
        System.out.printf(
                Locale.UK,
                "naive loop (fill + export each):    %.2f ms per document (%d KB average), CPU %.2f ms%n",
                naive,
                bytes.get() / n / 1024,
                (cpuNanos() - cpu) / 1e6 / n);
        cpu = cpuNanos();

        bytes.set(0);
        t = System.nanoTime();
        renderer.renderEach(
                SamplePrintouts.TEMPLATE, new SamplePrintouts(n, true), (job, pdf) -> bytes.addAndGet(pdf.length));
        double each = ms(t) / n;
        System.out.printf(
                Locale.UK,
                "renderEach:                         %.2f ms per document (%d KB average), CPU %.2f ms%n",
                each,
                bytes.get() / n / 1024,
                (cpuNanos() - cpu) / 1e6 / n);
        System.out.printf(Locale.UK, "ratio naive / renderEach:           %.2fx%n", naive / each);

        t = System.nanoTime();
        byte[] combined = renderer.renderCombined(SamplePrintouts.TEMPLATE, "Print file", new SamplePrintouts(n, true));
        double combinedMs = ms(t);
        System.out.printf(
                Locale.UK,
                "renderCombined:                     %.0f ms for %d pages (%.2f ms a page, %d KB)%n",
                combinedMs,
                n,
                combinedMs / n,
                combined.length / 1024);
        System.out.printf(Locale.UK, "renderEach + renderCombined:        %.0f ms%n", each * n + combinedMs);
        System.out.printf(
                Locale.UK,
                "peak heap used: %d MB (max %d MB)%n",
                heap.peak() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.UK, "load after: %s%n", loadAverage());
    }

    private static void warmUp(JasperRenderer renderer) {
        for (int round = 0; round < 3; round++) {
            for (PdfJob job : new SamplePrintouts(60, true)) {
                renderer.renderPdf(SamplePrintouts.TEMPLATE, job.title(), job.parameters(), job.rows());
            }
            renderer.renderEach(SamplePrintouts.TEMPLATE, new SamplePrintouts(100, true), (job, pdf) -> {});
            renderer.renderCombined(SamplePrintouts.TEMPLATE, "Warm-up", new SamplePrintouts(100, true));
        }
    }

    /** CPU time of the whole JVM: with other work on the machine, wall time alone hides what a run costs. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String loadAverage() {
        return String.format(
                Locale.UK, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Samples the used heap every 5 ms and keeps the highest figure. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(
                        peak,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
