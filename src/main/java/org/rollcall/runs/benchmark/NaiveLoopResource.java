package org.rollcall.runs.benchmark;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rollcall.attendance.measure.SchoolAssessments;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.platform.Settings;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.LetterPupils;
import org.rollcall.reporting.printout.Letterhead;
import org.rollcall.reporting.printout.PrintoutWriter;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;
import org.rollcall.school.details.SchoolDetailsStore;

/**
 * {@code POST /api/benchmark/printouts?urn=&from=&to=}: renders every pupil's printout twice on
 * the same data, as a JasperReports user would (the template compiled once, then one fill and
 * one tagged, compressed export per pupil) and through {@link JasperRenderer#renderEach}, and
 * says how long each took. Answers 404 unless ROLLCALL_BENCHMARK_ENDPOINTS is true; nothing is
 * archived or sent, and the answer holds counts and times only.
 */
@Path("benchmark/printouts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class NaiveLoopResource {

    public record Timings(
            int pupils,
            long naiveMs,
            double naiveMsPerPupil,
            long rollcallMs,
            double rollcallMsPerPupil,
            double ratio,
            long naiveBytes,
            long rollcallBytes) {}

    @Inject
    SchoolService schools;

    @Inject
    SchoolDetailsStore details;

    @Inject
    SchoolAssessments assessments;

    @Inject
    LetterPupils letterPupils;

    @Inject
    JasperRenderer renderer;

    @Inject
    Clock clock;

    @POST
    @Operation(
            summary = "The printout benchmark's renderer timings",
            description = "404 unless ROLLCALL_BENCHMARK_ENDPOINTS is true; for the printout benchmark only")
    public Timings compare(@QueryParam("urn") String urn, @QueryParam("from") String from, @QueryParam("to") String to)
            throws Exception {
        if (!Settings.get("ROLLCALL_BENCHMARK_ENDPOINTS")
                .map(Boolean::parseBoolean)
                .orElse(false)) {
            throw ProblemException.notFound("Benchmark endpoints are off (ROLLCALL_BENCHMARK_ENDPOINTS)");
        }
        School school = schools.require(urn);
        DateWindow window = DateWindow.of(LocalDate.parse(from), LocalDate.parse(to));
        List<LetterPupil> pupils = letterPupils.of(school, window, p -> true);
        Letterhead head = Letterhead.of(
                school, details.of(school), window, assessments.term(school, window), LocalDate.now(clock));
        JasperReport compiled = compile();
        long[] bytes = new long[2];
        long t0 = System.nanoTime();
        for (LetterPupil p : pupils) {
            bytes[0] += naive(compiled, job(new PrintoutWriter(head), p)).length;
        }
        long naive = System.nanoTime() - t0;
        t0 = System.nanoTime();
        PrintoutWriter writer = new PrintoutWriter(head);
        renderer.renderEach(
                "parent-printout",
                () -> pupils.stream().map(p -> job(writer, p)).iterator(),
                (job, pdf) -> bytes[1] += pdf.length);
        long rollcall = System.nanoTime() - t0;
        int n = Math.max(1, pupils.size());
        return new Timings(
                pupils.size(),
                naive / 1_000_000,
                naive / 1e6 / n,
                rollcall / 1_000_000,
                rollcall / 1e6 / n,
                (double) naive / Math.max(1, rollcall),
                bytes[0],
                bytes[1]);
    }

    private static PdfJob job(PrintoutWriter writer, LetterPupil p) {
        return new PdfJob(
                p.assessed().upn(),
                "Attendance report for " + p.fullName(),
                Map.of("PRINTOUT", writer.write(p, p.firstAddressee())),
                PrintoutWriter.rows(p.assessed().assessment()));
    }

    // the template once: compiled from its JRXML, or loaded compiled if the build compiled it
    private static JasperReport compile() throws Exception {
        ClassLoader loader = NaiveLoopResource.class.getClassLoader();
        try (InputStream jrxml = loader.getResourceAsStream("reports/parent-printout.jrxml")) {
            if (jrxml != null) {
                return JasperCompileManager.compileReport(jrxml);
            }
        }
        try (InputStream jasper = loader.getResourceAsStream("reports/parent-printout.jasper")) {
            return (JasperReport) net.sf.jasperreports.engine.util.JRLoader.loadObject(jasper);
        }
    }

    /** One fill and one export, with the same export settings Rollcall uses (tagged, compressed). */
    private static byte[] naive(JasperReport report, PdfJob job) throws JRException {
        Map<String, Object> parameters = new HashMap<>(job.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, java.util.Locale.UK);
        JasperPrint print =
                JasperFillManager.fillReport(report, parameters, new JRBeanCollectionDataSource(job.rows()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        config.setMetadataTitle(job.title());
        exporter.setConfiguration(config);
        exporter.exportReport();
        return out.toByteArray();
    }
}
