package org.rollcall.reporting.printout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import org.junit.jupiter.api.Test;
import org.rollcall.reporting.pdf.PdfSettings;

/**
 * A remembered measure gives the page JasperReports' own measurer gives: the printouts of three pupils, each
 * filled four times (measured, seen again, then kept, then taken from memory), have every text where the plain measurer
 * puts it, broken at the same places, at the same size.
 */
class RememberedMeasuresTest {
    @Test
    void rememberedMeasuresLayTheTextOutAsMeasuringDoes() throws Exception {
        JasperReport report;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/parent-printout.jasper")) {
            report = (JasperReport) JRLoader.loadObject(in);
        }
        JasperReportsContext remembering = PdfSettings.context();
        SimpleJasperReportsContext measuring = new SimpleJasperReportsContext(remembering);
        measuring.setProperty(JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY, TextMeasurerFactory.class.getName());
        PrintoutWriter writer = new PrintoutWriter(ParentPrintoutRenderingTest.letterhead());
        int compared = 0;
        for (int round = 0; round < 4; round++) {
            for (LetterPupil pupil :
                    List.of(PrintoutFixtures.amy(), PrintoutFixtures.worstCase(2), PrintoutFixtures.ben())) {
                ParentPrintout printout = writer.write(pupil, pupil.firstAddressee());
                List<SessionRow> rows = PrintoutWriter.rows(pupil.assessed().assessment());
                List<JRPrintText> expected = texts(fill(measuring, report, printout, rows));
                List<JRPrintText> actual = texts(fill(remembering, report, printout, rows));
                assertEquals(expected.size(), actual.size());
                for (int i = 0; i < expected.size(); i++) {
                    JRPrintText e = expected.get(i);
                    JRPrintText a = actual.get(i);
                    String where = "round " + round + ", text " + i + ": " + e.getFullText();
                    assertEquals(e.getFullText(), a.getFullText(), where);
                    assertEquals(e.getX(), a.getX(), where);
                    assertEquals(e.getY(), a.getY(), where);
                    assertEquals(e.getHeight(), a.getHeight(), where);
                    assertEquals(e.getFontSize(), a.getFontSize(), where);
                    assertEquals(e.getTextHeight(), a.getTextHeight(), where);
                    assertEquals(e.getTextTruncateIndex(), a.getTextTruncateIndex(), where);
                    assertArrayEquals(e.getLineBreakOffsets(), a.getLineBreakOffsets(), where);
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, "texts compared: " + compared);
    }

    private static JasperPrint fill(
            JasperReportsContext context, JasperReport report, ParentPrintout printout, List<SessionRow> rows)
            throws Exception {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PRINTOUT", printout);
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        return JasperFillManager.getInstance(context).fill(report, parameters, new JRBeanCollectionDataSource(rows));
    }

    private static List<JRPrintText> texts(JasperPrint print) {
        List<JRPrintText> texts = new ArrayList<>();
        for (var page : print.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                if (element instanceof JRPrintText text) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
