package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.PdfCompliance;

/**
 * What the accessible pipeline is for, and proof that {@link PdfCompliance} can fail: the same stand-in
 * printout exported the way a JasperReports user would by default (untagged, no XMP, no output intent) fails
 * veraPDF, and the failure names the rules.
 */
class PlainExportComplianceTest {
    @Test
    void aDefaultJasperReportsExportFailsWithTheRulesItBreaks() throws Exception {
        PdfJob job = SamplePrintouts.job(3, true);
        Map<String, Object> parameters = new HashMap<>(job.parameters());
        JasperPrint print = JasperFillManager.fillReport(
                new JasperRenderer().report(SamplePrintouts.TEMPLATE),
                parameters,
                new JRBeanCollectionDataSource(job.rows()));
        byte[] plain = JasperExportManager.exportReportToPdf(print);

        AssertionError failure =
                assertThrows(AssertionError.class, () -> PdfCompliance.assertCompliant(plain, "plain export"));

        assertTrue(failure.getMessage().contains("ua1 7.1-8"), "no XMP metadata: " + failure.getMessage());
        assertTrue(
                failure.getMessage().contains("2a 6.2.4.3"),
                "device colours without an output intent: " + failure.getMessage());
    }
}
