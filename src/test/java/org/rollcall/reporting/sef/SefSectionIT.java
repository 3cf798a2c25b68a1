package org.rollcall.reporting.sef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.PdfCompliance;
import org.rollcall.testing.SmallSchool;

/**
 * The SEF section of a school with three academic years of marks, worked by hand: ten pupils (1 to 5
 * FSM), one October week (10 sessions each) in each of 2023/24, 2024/25 and 2025/26.
 *
 * <pre>
 * sessions missed   p1          p2    p3  p4  p5  p6  p7  p8-10   school attended  auth unauth  FSM  not FSM  gap
 * 2023/24           I O         I I   O   I   -   I   -   -       93 of 100        5    2       44   49       -10.00
 * 2024/25           I O         I     O   -   -   I   O   -       94 of 100        3    3       46   48        -4.00
 * 2025/26           N N N N N N I     -   -   -   I   -   -       92 of 100        2    6       43   49       -12.00
 * </pre>
 * One missed session of ten is 90%, which is PA: 5, 5 and 3 of 10 pupils (50%, 50%, 30%); p1 in 2025/26
 * missed 6 of 10, severe (10%). The FSM gap moved from -10.00 to -12.00: -2.00 over the three years.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SefSectionIT {
    private static final String URN = "900710";
    private static final int SCHOOL = 710;
    private static final Map<Integer, LocalDate> MONDAYS =
            Map.of(2023, LocalDate.of(2023, 10, 9), 2024, LocalDate.of(2024, 10, 7), 2025, LocalDate.of(2025, 10, 6));
    // per year: the codes of pupils 1 to 7 for the first sessions of the week; everything else present
    private static final Map<Integer, List<String>> ABSENCES = Map.of(
            2023, List.of("I O", "I I", "O", "I", "", "I", ""),
            2024, List.of("I O", "I", "O", "", "", "I", "O"),
            2025, List.of("N N N N N N", "I", "", "", "", "I", ""));
    private static final List<String> CHEVRONS =
            List.of("1.1", "1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void pdfAndWordCarryTheThreeYearsTheApiGives() throws Exception {
        ApiClient api = ApiClient.admin(base);
        load(api);
        List<JsonObject> years = List.of(figures(api, 2023), figures(api, 2024), figures(api, 2025));
        assertEquals("93.00", rate(years.get(0), "attendanceRate"));
        assertEquals("94.00", rate(years.get(1), "attendanceRate"));
        assertEquals("92.00", rate(years.get(2), "attendanceRate"));
        assertEquals("6.00", rate(years.get(2), "unauthorisedAbsenceRate"));
        assertEquals("30.00", rate(years.get(2), "persistentAbsenceRate"));
        assertEquals("10.00", rate(years.get(2), "severeAbsenceRate"));

        HttpResponse<byte[]> pdf = api.getBytes("schools/" + URN + "/sef?year=2025/26");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        PdfCompliance.assertCompliant(pdf.body(), "the SEF section");
        HttpResponse<byte[]> docx = api.getBytes("schools/" + URN + "/sef?year=2025/26&format=docx");
        assertEquals(200, docx.statusCode());
        assertEquals(
                SefDocxWriter.CONTENT_TYPE,
                docx.headers().firstValue("Content-Type").orElse(""));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            XWPFTable headline = word.getTables().get(0);
            String[] labels = {"2023/24", "2024/25", "2025/26"};
            for (int y = 0; y < 3; y++) {
                List<String> cells = cells(row(headline, labels[y]));
                List<String> expected = List.of(
                        labels[y],
                        pct(years.get(y), "attendanceRate"),
                        pct(years.get(y), "overallAbsenceRate"),
                        pct(years.get(y), "authorisedAbsenceRate"),
                        pct(years.get(y), "unauthorisedAbsenceRate"),
                        pct(years.get(y), "persistentAbsenceRate"),
                        pct(years.get(y), "severeAbsenceRate"));
                assertEquals(expected, cells, "the Word table row of " + labels[y] + " is the API's figures");
                assertTrue(
                        text.contains(String.join(" ", expected)), "the PDF table row of " + labels[y] + ": " + text);
            }
            assertEquals(
                    List.of("National 2023/24", "92.90%", "7.10%", "4.60%", "2.50%", "20.00%", "2.30%"),
                    cells(row(headline, "National 2023/24")),
                    "national figures beside each year (2023/24 the latest)");
            assertWordStructure(word);
            List<String> fsm = cells(row(word.getTables().get(1), "FSM"));
            assertEquals(List.of("FSM", "5", "86.00%", "-10.00", "-4.00", "-12.00", "-2.00"), fsm);
            assertEquals(gapFromApi(api, 2025), new BigDecimal(fsm.get(5)), "the gap is the statistics engine's");
            String paragraphs = String.join(
                    "\n",
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            for (String sentence : List.of(
                    "In 2025/26 (1 September 2025 to 31 August 2026) attendance is 92.00%, 2.00 points"
                            + " below the year before and 0.90 points below the national figure (2023/24, the latest published: 92.90%).",
                    "FSM pupils' attendance is 86.00%, 12.00 points below the rest of the school (the gap was 10.00 points below in"
                            + " 2023/24 and 4.00 points below in 2024/25); since 2023/24 the gap has widened by 2.00 points.",
                    "1.1 Recent data (5, Amber): Attendance fell to 92.00% in 2025/26; FSM pupils' gap widened.",
                    "The attendance action plan has 2 actions: 1 not started, 1 done. Overdue: Weekly FSM attendance"
                            + " meetings (Head of Year 7, due 1 March 2026).")) {
                assertTrue(paragraphs.contains(sentence), "Word: " + sentence + "\n" + paragraphs);
                assertTrue(text.replace("\n", " ").contains(sentence), "PDF: " + sentence + "\n" + text);
            }
        }
        assertTrue(!text.contains("Testperson") && !text.contains(SmallSchool.upn(SCHOOL, 1)), "no pupil is named");
    }

    @Test
    void badYearOrFormatIs400AndAnUnknownSchool404() {
        ApiClient api = ApiClient.admin(base);
        api.putJson("schools/900711", "{\"name\":\"Empty School\",\"phase\":\"primary\"}");
        for (String query : List.of("year=2025-26", "year=2025/27", "year=2999/00", "format=xls")) {
            HttpResponse<String> bad = api.get("schools/900711/sef?" + query);
            assertEquals(400, bad.statusCode(), query);
            assertEquals(
                    "application/problem+json",
                    bad.headers().firstValue("Content-Type").orElse(""),
                    query);
            assertTrue(bad.body().contains(query.substring(0, query.indexOf('='))), bad.body());
        }
        assertEquals(404, api.get("schools/999999/sef").statusCode());
        HttpResponse<byte[]> current = api.getBytes("schools/900711/sef");
        assertEquals(200, current.statusCode(), "the current year by default, even with no marks");
    }

    private static void load(ApiClient api) {
        ok(api.putJson("schools/" + URN, "{\"name\":\"Three Year Academy\",\"phase\":\"secondary\"}"));
        StringBuilder pupils = new StringBuilder("upn,surname,forename,year_group,form,gender,fsm\n");
        for (int p = 1; p <= 10; p++) {
            pupils.append(SmallSchool.upn(SCHOOL, p))
                    .append(",Testperson,Number")
                    .append(p)
                    .append(",7,7A,")
                    .append(p % 2 == 1 ? "F" : "M")
                    .append(',')
                    .append(p <= 5 ? "Y" : "N")
                    .append('\n');
        }
        ok(api.postCsv("schools/" + URN + "/pupils", "pupils.csv", pupils.toString()));
        StringBuilder marks = new StringBuilder("upn,date,session,code\n");
        ABSENCES.forEach((year, absences) -> {
            for (int p = 1; p <= 10; p++) {
                String[] missed = p <= absences.size() && !absences.get(p - 1).isEmpty()
                        ? absences.get(p - 1).split(" ")
                        : new String[0];
                for (int s = 0; s < 10; s++) {
                    String code = s < missed.length ? missed[s] : (s % 2 == 0 ? "/" : "\\");
                    marks.append(SmallSchool.upn(SCHOOL, p))
                            .append(',')
                            .append(MONDAYS.get(year).plusDays(s / 2))
                            .append(',')
                            .append(s % 2 == 0 ? "AM" : "PM")
                            .append(',')
                            .append(code)
                            .append('\n');
                }
            }
        });
        ok(api.postCsv("schools/" + URN + "/marks", "marks.csv", marks.toString()));
        closedRoundWithPlan(api);
    }

    private static void closedRoundWithPlan(ApiClient api) {
        long round = ApiClient.object(created(api.postJson(
                        "schools/" + URN + "/audits",
                        "{\"framework\":\"rag\",\"title\":\"Summer 2026 review\",\"heldOn\":\"2026-06-12\"}")))
                .getJsonNumber("id")
                .longValue();
        long office = ApiClient.object(created(
                        api.postJson("audits/" + round + "/respondents", "{\"name\":\"Office\",\"kind\":\"STAFF\"}")))
                .getJsonNumber("id")
                .longValue();
        created(api.postJson(
                "audits/" + round + "/responses", "{\"item\":\"1.1\",\"score\":5,\"respondent\":" + office + "}"));
        ok(api.postJson("audits/" + round + "/close-scoring", ""));
        for (String code : CHEVRONS) {
            ok(api.putJson(
                    "audits/" + round + "/agreed/" + code,
                    code.equals("1.1")
                            ? "{\"score\":5,\"note\":\"Attendance fell to 92.00% in 2025/26; FSM pupils' gap widened.\"}"
                            : "{\"score\":9}"));
        }
        ok(api.postJson("audits/" + round + "/close", ""));
        created(api.postJson(
                "audits/" + round + "/actions",
                "{\"item\":\"1.1\",\"description\":\"Weekly FSM attendance meetings\","
                        + "\"owner\":\"Head of Year 7\",\"dueOn\":\"2026-03-01\"}"));
        created(api.postJson(
                "audits/" + round + "/actions",
                "{\"item\":\"2.1\",\"description\":\"Publish the attendance policy\","
                        + "\"owner\":\"Headteacher\",\"dueOn\":\"2026-02-01\",\"status\":\"DONE\"}"));
    }

    private static JsonObject figures(ApiClient api, int startYear) {
        return ApiClient.object(ok(api.get(
                "schools/" + URN + "/attendance?from=" + startYear + "-09-01&to=" + (startYear + 1) + "-08-31")));
    }

    private static BigDecimal gapFromApi(ApiClient api, int startYear) {
        return ApiClient.array(ok(api.get("schools/" + URN + "/attendance/groups?by=fsm&audience=governors&from="
                        + startYear + "-09-01&to=" + (startYear + 1) + "-08-31")))
                .stream()
                .map(v -> (JsonObject) v)
                .filter(g -> g.getString("group").equals("Yes"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("gapToRest")
                .getJsonNumber("attendanceRate")
                .bigDecimalValue();
    }

    private static void assertWordStructure(XWPFDocument word) {
        List<String> headings = word.getParagraphs().stream()
                .filter(p -> "Heading2".equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
        assertEquals(
                List.of(
                        "Headline attendance over three years",
                        "Gaps between pupil groups",
                        "Persistent and severe absence",
                        "Strategies in place and their impact",
                        "Self-evaluation judgement"),
                headings);
        assertTrue(
                word.getTables().size() >= 5,
                "headline, groups, PA, plan and judgement tables: "
                        + word.getTables().size());
        assertEquals(
                org.apache.poi.xwpf.usermodel.TableWidthType.PCT,
                word.getTables().get(0).getWidthType(),
                "tables take the page's width as a percentage, so they reflow");
    }

    private static XWPFTableRow row(XWPFTable table, String first) {
        return table.getRows().stream()
                .filter(r -> r.getCell(0).getText().equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static String rate(JsonObject figures, String name) {
        return figures.getJsonNumber(name).bigDecimalValue().toPlainString();
    }

    private static String pct(JsonObject figures, String name) {
        return rate(figures, name) + "%";
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static <T> HttpResponse<T> ok(HttpResponse<T> response) {
        assertTrue(response.statusCode() < 300, response.statusCode() + " " + response.body());
        return response;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }
}
