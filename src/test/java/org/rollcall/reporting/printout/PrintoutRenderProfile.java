package org.rollcall.reporting.printout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;

/**
 * The real parent printout (Amy's, n times) through the naive loop and renderEach, outside a server: a profiling
 * harness (run with JFR) for where a separate printout's time goes. Argument 1: documents (default 1,500).
 */
public final class PrintoutRenderProfile {
    private PrintoutRenderProfile() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        // a term's chart and a full table for two pupils in three, a short one for the third
        List<LetterPupil> pupils =
                List.of(PrintoutFixtures.amy(), PrintoutFixtures.worstCase(1), PrintoutFixtures.worstCase(2));
        PrintoutWriter writer = new PrintoutWriter(ParentPrintoutRenderingTest.letterhead());
        List<PdfJob> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LetterPupil pupil = pupils.get(i % pupils.size());
            jobs.add(new PdfJob(
                    String.valueOf(i),
                    "Attendance report",
                    Map.of("PRINTOUT", writer.write(pupil, pupil.firstAddressee())),
                    PrintoutWriter.rows(pupil.assessed().assessment())));
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        JasperRenderer renderer = new JasperRenderer();
        for (int round = 0; round < 3; round++) {
            var thread = ManagementFactory.getThreadMXBean();
            long cpu = thread.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            for (PdfJob job : jobs) {
                renderer.renderPdf("parent-printout", job.title(), job.parameters(), job.rows());
            }
            double naive = (System.nanoTime() - t) / 1e6 / n;
            double naiveCpu = (thread.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
            long[] bytes = {0};
            long processCpu = os.getProcessCpuTime();
            t = System.nanoTime();
            renderer.renderEach("parent-printout", jobs, (job, pdf) -> bytes[0] += pdf.length);
            double each = (System.nanoTime() - t) / 1e6 / n;
            double eachCpu = (os.getProcessCpuTime() - processCpu) / 1e6 / n;
            System.out.printf(
                    Locale.UK,
                    "round %d: naive %.2f ms (CPU %.2f), renderEach %.2f ms (process CPU %.2f, %d KB), ratio %.2fx,"
                            + " load %.2f%n",
                    round,
                    naive,
                    naiveCpu,
                    each,
                    eachCpu,
                    bytes[0] / n / 1024,
                    naive / each,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
