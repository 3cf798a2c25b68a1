package org.rollcall.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.delivery.ContentStore;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.PdfCompliance;
import org.rollcall.testing.SmallSchool;

/**
 * Casework end to end on real WildFly, MariaDB and SMTP. School 900130's autumn term 2025 starts
 * Monday 1 September, half-term 27 to 31 October; marks to Friday 14 November: 10 school weeks,
 * 100 sessions. Worked by hand:
 *
 * <pre>
 * pupil  register                                                    as of 14 November 2025
 * Casey  N every Monday morning (10 sessions, 1 Sep to 10 Nov)       90/100 = 90.00% PA (band PERSISTENT_ABSENCE),
 *                                                                    penalty threshold met Mon 10 Nov
 * Dana   N both sessions 20-24 Oct and 3-7 Nov (half-term between)   80/100 = 80.00% (SERIOUS_CONCERN), PA since 20 Oct,
 *                                                                    falling (last 4 weeks 20/40 against 60/60) since
 *                                                                    13 Oct, threshold and 10 days in a row met 7 Nov
 * Eli    present, but no mark at all on Wednesday 12 November        98/98 = 100%: missing marks since 12 Nov
 * Finn   present throughout                                          not on the worklist
 * </pre>
 * Interventions: Casey's parent Pat had penalty notices on 15 Jan 2024 (paid) and 10 Mar 2025, then a
 * conversation on 15 Sep 2025: the threshold (10 Nov) is newer, so due, and the penalty advice is
 * "consider other action". Dana: conversation 8 Oct, LA referral 12 Nov, after every trigger: not due.
 * Eli: conversation 1 Oct, before the missing marks: due.
 *
 * <p>Impact of the conversations (1 September to 31 October, 2 school weeks each side):
 * Casey 15 Sep: 1 and 8 Sep 18/20 = 90%, 22 and 29 Sep 18/20 = 90%, change 0; Dana 8 Oct: 22 and 29 Sep
 * 100%, 13 and 20 Oct 10/20 = 50%, change -50; Eli 1 Oct: 15 and 22 Sep 100%, 6 and 13 Oct 100%, 0.
 * Means: before (90 + 100 + 100) / 3 = 96.67, after (90 + 50 + 100) / 3 = 80.00, change -16.67,
 * improved 0 of 3 = 0.00%.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseworkIT {
    private static final String URN = "900130";
    private static final String S = "schools/" + URN;
    private static final LocalDate TERM = LocalDate.of(2025, 9, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 11, 14);
    private static final String CASEY = SmallSchool.upn(130, 1);
    private static final String DANA = SmallSchool.upn(130, 2);
    private static final String ELI = SmallSchool.upn(130, 3);
    private static final String FINN = SmallSchool.upn(130, 4);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void interventionsWorklistLetterAndImpact() throws Exception {
        ApiClient api = ApiClient.admin(base);
        loadSchool(api);
        long conversation = recordInterventions(api);
        refusesBadInput(api, conversation);
        readsTheWorklist(api);
        try {
            sendsAStageOneLetter(api);
        } finally {
            ItEnvironment.mail().purgeEmailFromAllMailboxes(); // the governor pack test counts what it receives
        }
        measuresImpact(api);
    }

    private static void loadSchool(ApiClient api) {
        assertEquals(
                200,
                api.putJson(S, "{\"name\":\"Casework Test Academy\",\"phase\":\"secondary\"}")
                        .statusCode());
        var calendar = api.putJson(
                S + "/calendar",
                """
                {"academicYears":[{"name":"2025/26","start":"2025-09-01","end":"2026-08-31",
                  "terms":[{"name":"Autumn","start":"2025-09-01","end":"2025-12-19","halfTerm":{"start":"2025-10-27","end":"2025-10-31"}}],
                  "closures":[]}]}""");
        assertEquals(200, calendar.statusCode(), calendar.body());
        String pupils = "upn,surname,forename,year_group,form\n" + CASEY + ",Casey,Casey,9,9C\n" + DANA
                + ",Dale,Dana,9,9C\n" + ELI + ",Evans,Eli,9,9D\n" + FINN + ",Ford,Finn,9,9D\n";
        assertEquals(200, api.postCsv(S + "/pupils", "pupils.csv", pupils).statusCode());
        String contacts = "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel\n"
                + CASEY + ",Pat Casey,Mother,pat@home.example,\"1 Mill Lane, Ashdown\",1,Y,email\n"
                + CASEY + ",Sam Casey,Father,,\"4 Park Road, Ashdown\",2,Y,post\n"
                + CASEY + ",Gran Casey,Grandmother,gran@home.example,,3,N,email\n";
        var imported = api.postCsv(S + "/contacts", "contacts.csv", contacts);
        assertEquals(200, imported.statusCode(), imported.body());
        var marks = api.postCsv(S + "/marks", "marks.csv", marksCsv());
        assertEquals(200, marks.statusCode(), marks.body());
    }

    private static String marksCsv() {
        StringBuilder csv = new StringBuilder("upn,date,session,code\n");
        for (LocalDate d = TERM; !d.isAfter(LAST); d = d.plusDays(1)) {
            boolean halfTerm = !d.isBefore(LocalDate.of(2025, 10, 27)) && !d.isAfter(LocalDate.of(2025, 10, 31));
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || halfTerm) {
                continue;
            }
            boolean danaAway = !d.isBefore(LocalDate.of(2025, 10, 20)) && !d.isAfter(LocalDate.of(2025, 11, 7));
            mark(csv, CASEY, d, d.getDayOfWeek() == DayOfWeek.MONDAY ? "N" : "/", "\\");
            mark(csv, DANA, d, danaAway ? "N" : "/", danaAway ? "N" : "\\");
            if (!d.equals(LocalDate.of(2025, 11, 12))) {
                mark(csv, ELI, d, "/", "\\");
            }
            mark(csv, FINN, d, "/", "\\");
        }
        return csv.toString();
    }

    private static void mark(StringBuilder csv, String upn, LocalDate d, String am, String pm) {
        csv.append(upn).append(',').append(d).append(",AM,").append(am).append('\n');
        csv.append(upn).append(',').append(d).append(",PM,").append(pm).append('\n');
    }

    private static String pupil(String upn) {
        return S + "/pupils/" + upn + "/interventions";
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.object(response);
    }

    private long recordInterventions(ApiClient api) {
        created(api.postJson(
                pupil(CASEY),
                "{\"type\":\"PENALTY_NOTICE\",\"date\":\"2024-01-15\",\"owner\":\"Local authority\","
                        + "\"parent\":\"Pat Casey\",\"penaltyStatus\":\"PAID\"}"));
        JsonObject second = created(api.postJson(
                pupil(CASEY),
                "{\"type\":\"PENALTY_NOTICE\",\"date\":\"2025-03-10\","
                        + "\"owner\":\"Local authority\",\"parent\":\"Pat Casey\"}"));
        assertEquals("ISSUED", second.getString("penaltyStatus"), "a new penalty notice is issued");
        JsonObject talk = created(api.postJson(
                pupil(CASEY),
                "{\"type\":\"CONVERSATION\",\"date\":\"2025-09-15\","
                        + "\"owner\":\"Ms Tutor\",\"notes\":\"Talked about mornings\",\"reviewDate\":\"2025-10-13\"}"));
        created(api.postJson(
                pupil(DANA), "{\"type\":\"CONVERSATION\",\"date\":\"2025-10-08\",\"owner\":\"Ms Tutor\"}"));
        created(api.postJson(pupil(DANA), "{\"type\":\"LA_REFERRAL\",\"date\":\"2025-11-12\",\"owner\":\"Mr Lead\"}"));
        created(api.postJson(pupil(ELI), "{\"type\":\"CONVERSATION\",\"date\":\"2025-10-01\",\"owner\":\"Ms Tutor\"}"));
        long id = talk.getJsonNumber("id").longValue();
        var patched = api.patchJson(pupil(CASEY) + "/" + id, "{\"outcome\":\"Agreed a target of 95%\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject after = ApiClient.object(patched);
        assertEquals("Agreed a target of 95%", after.getString("outcome"));
        assertEquals("Talked about mornings", after.getString("notes"), "a PATCH changes only what it names");
        JsonArray casey = ApiClient.array(api.get(pupil(CASEY)));
        assertEquals(3, casey.size());
        assertEquals("CONVERSATION", casey.getJsonObject(0).getString("type"), "newest first");
        var window = api.get(S + "/interventions?from=2025-09-01&to=2025-10-31&type=CONVERSATION");
        assertEquals(200, window.statusCode(), window.body());
        JsonArray listed = ApiClient.array(window);
        assertEquals(
                List.of(CASEY, ELI, DANA),
                listed.stream().map(v -> v.asJsonObject().getString("upn")).toList());
        return id;
    }

    private void refusesBadInput(ApiClient api, long conversation) {
        var shortNotice = api.postJson(
                pupil(CASEY),
                "{\"type\":\"NOTICE_TO_IMPROVE\",\"date\":\"2025-11-03\",\"owner\":\"Mr Lead\","
                        + "\"improvementPeriodEnds\":\"2025-11-13\"}");
        assertEquals(422, shortNotice.statusCode(), shortNotice.body());
        assertEquals(
                "application/problem+json",
                shortNotice.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "improvementPeriodEnds",
                ApiClient.object(shortNotice)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));
        var many = ApiClient.object(api.postJson(pupil(CASEY), "{\"type\":\"CHAT\",\"date\":\"yesterday\"}"));
        assertEquals(
                List.of("type", "date", "owner"),
                many.getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field"))
                        .toList(),
                "every field in error is named");
        assertEquals(
                422,
                api.patchJson(pupil(CASEY) + "/" + conversation, "{\"type\":\"PENALTY_NOTICE\"}")
                        .statusCode(),
                "a penalty notice needs a parent: the PATCH is refused whole");
        assertEquals(
                404,
                api.patchJson(pupil(DANA) + "/" + conversation, "{\"outcome\":\"x\"}")
                        .statusCode(),
                "the intervention belongs to another pupil");
        assertEquals(400, api.get(S + "/casework?asOf=2025-13-01").statusCode());
        assertEquals(400, api.get(S + "/interventions?type=CHAT").statusCode());
        assertEquals(3, ApiClient.array(api.get(pupil(CASEY))).size(), "nothing refused was recorded");
        assertEquals(
                200,
                api.putJson(
                                "users/head130",
                                "{\"password\":\"head-password-130\",\"roles\":[\"headteacher\"],\"schools\":[\"" + URN
                                        + "\"]}")
                        .statusCode());
        ApiClient head = ApiClient.as(base, "head130", "head-password-130");
        assertEquals(200, head.get(pupil(CASEY)).statusCode(), "the headteacher reads");
        assertEquals(
                403,
                head.postJson(pupil(CASEY), "{\"type\":\"CONVERSATION\",\"date\":\"2025-11-03\",\"owner\":\"x\"}")
                        .statusCode(),
                "the headteacher does not write");
    }

    private static Map<String, JsonObject> byUpn(JsonArray entries) {
        return entries.stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("upn"), Function.identity()));
    }

    private static List<String> kinds(JsonObject entry) {
        return entry.getJsonArray("triggers").stream()
                .map(t -> t.asJsonObject().getString("kind"))
                .toList();
    }

    private static JsonObject trigger(JsonObject entry, String kind) {
        return entry.getJsonArray("triggers").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> kind.equals(t.getString("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + entry));
    }

    private static void readsTheWorklist(ApiClient api) {
        var response = api.get(S + "/casework?asOf=2025-11-14");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject worklist = ApiClient.object(response);
        assertEquals("2025-11-14", worklist.getString("asOf"));
        JsonArray entries = worklist.getJsonArray("entries");
        assertEquals(
                List.of(ELI, CASEY, DANA),
                entries.stream().map(e -> e.asJsonObject().getString("upn")).toList(),
                "due first, the most recent trigger first; Finn has nothing open");
        assertEquals(2, worklist.getInt("dueCount"));
        Map<String, JsonObject> by = byUpn(entries);

        JsonObject casey = by.get(CASEY);
        assertEquals("Casey Casey", casey.getString("name"));
        assertEquals("9C", casey.getString("form"));
        assertEquals(List.of("PERSISTENT_ABSENCE", "PENALTY_THRESHOLD"), kinds(casey));
        assertEquals(
                "90.00", casey.getJsonNumber("attendance").bigDecimalValue().toPlainString());
        assertEquals("PERSISTENT_ABSENCE", casey.getString("band"));
        assertEquals("STEADY", casey.getString("track"));
        JsonObject penalty = trigger(casey, "PENALTY_THRESHOLD");
        assertEquals("2025-11-10", penalty.getString("since"));
        JsonArray sessions = penalty.getJsonArray("evidence");
        assertEquals(10, sessions.size());
        assertEquals("2025-09-01", sessions.getJsonObject(0).getString("date"));
        assertEquals("AM", sessions.getJsonObject(0).getString("session"));
        assertEquals("N", sessions.getJsonObject(0).getString("detail"));
        assertEquals("2025-11-10", sessions.getJsonObject(9).getString("date"));
        assertTrue(penalty.getString("action").startsWith("Consider other action"), penalty.getString("action"));
        assertTrue(
                penalty.getString("action").contains("Pat Casey has already had 2 penalty notices"),
                penalty.getString("action"));
        assertEquals("2025-09-01", trigger(casey, "PERSISTENT_ABSENCE").getString("since"));
        assertEquals("Attendance Lead / Commissioned Attendance Support", casey.getString("owner"));
        assertEquals(
                "Collate casework intervention record identifying all intervention to date",
                casey.getJsonObject("nextStep")
                        .getJsonArray("actions")
                        .getJsonObject(0)
                        .getJsonArray("items")
                        .getString(0));
        assertEquals("CONVERSATION", casey.getJsonObject("lastIntervention").getString("type"));
        assertEquals("2025-09-15", casey.getJsonObject("lastIntervention").getString("date"));
        assertTrue(
                casey.getBoolean("due"), "the threshold (10 November) is newer than the conversation (15 September)");

        JsonObject dana = by.get(DANA);
        assertEquals(
                List.of("PERSISTENT_ABSENCE", "PENALTY_THRESHOLD", "CONTINUOUS_UNAUTHORISED", "FALLING"), kinds(dana));
        assertEquals("80.00", dana.getJsonNumber("attendance").bigDecimalValue().toPlainString());
        assertEquals("SERIOUS_CONCERN", dana.getString("band"));
        assertEquals("FALLING", dana.getString("track"));
        assertEquals(
                "2025-11-07",
                trigger(dana, "CONTINUOUS_UNAUTHORISED").getString("since"),
                "the half-term does not break the run");
        assertEquals(
                10,
                trigger(dana, "CONTINUOUS_UNAUTHORISED")
                        .getJsonArray("evidence")
                        .size());
        assertEquals(
                "2025-11-07", trigger(dana, "PENALTY_THRESHOLD").getString("since"), "the second count of 10 sessions");
        assertTrue(trigger(dana, "PENALTY_THRESHOLD")
                .getString("action")
                .contains("A Notice to Improve normally comes first"));
        assertEquals("2025-10-13", trigger(dana, "FALLING").getString("since"));
        assertEquals("2025-10-20", trigger(dana, "PERSISTENT_ABSENCE").getString("since"));
        assertEquals("Attendance Lead / Commissioned Attendance Support, with the WAS Team", dana.getString("owner"));
        assertEquals("LA_REFERRAL", dana.getJsonObject("lastIntervention").getString("type"));
        assertFalse(dana.getBoolean("due"), "the referral on 12 November answers every trigger");

        JsonObject eli = by.get(ELI);
        assertEquals(List.of("MISSING_MARKS"), kinds(eli));
        JsonObject missing = trigger(eli, "MISSING_MARKS");
        assertEquals("2025-11-12", missing.getString("since"));
        assertEquals(
                List.of("AM", "PM"),
                missing.getJsonArray("evidence").stream()
                        .map(e -> e.asJsonObject().getString("session"))
                        .toList());
        assertEquals("EXCELLENT", eli.getString("band"));
        assertTrue(eli.getBoolean("due"));
    }

    private void sendsAStageOneLetter(ApiClient api) throws Exception {
        var response = api.postJson(
                S + "/pupils/" + CASEY + "/letters", "{\"type\":\"STAGE_1_LETTER\",\"asOf\":\"2025-11-14\"}");
        JsonObject result = created(response);
        assertEquals("STAGE_1_LETTER", result.getString("type"));
        assertEquals(1, result.getInt("emailed"));
        assertEquals(1, result.getInt("toPrint"));
        Map<String, JsonObject> letters = result.getJsonArray("letters").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(l -> l.getString("contact"), Function.identity()));
        assertEquals(
                java.util.Set.of("Pat Casey", "Sam Casey"), letters.keySet(), "Gran Casey receives no correspondence");
        assertEquals("EMAILED", letters.get("Pat Casey").getString("status"));
        assertEquals("TO_PRINT", letters.get("Sam Casey").getString("status"));

        for (String contact : letters.keySet()) {
            var download = api.getBytes("documents/"
                    + letters.get(contact).getJsonNumber("documentId").longValue());
            assertEquals(200, download.statusCode());
            PdfCompliance.assertCompliant(download.body(), "the stage 1 letter to " + contact);
            String text = text(download.body());
            assertTrue(text.contains("Dear " + contact + ","), text);
            assertTrue(text.contains("Casey has attended 90 of 100 sessions this school year: 90.00%"), text);
            assertTrue(text.contains("Missed so far: 10 sessions, which is 5 days."), text);
            assertTrue(
                    text.contains("0 were with the school's permission (authorised) and 10 were not (unauthorised)"),
                    text);
            assertTrue(text.contains("about 19 days of learning"), "10% of 190 days: " + text);
            assertTrue(text.contains("attendance champion"), text);
        }
        JsonArray printFile = ApiClient.array(api.get(S + "/letters/print-file"));
        assertEquals(1, printFile.size());
        assertEquals("Sam Casey", printFile.getJsonObject(0).getString("contact"));
        assertEquals(CASEY, printFile.getJsonObject(0).getString("upn"));

        MimeMessage mail = waitForMailTo("pat@home.example");
        byte[] attached = attachment(mail);
        JsonObject archived = ApiClient.array(api.get("documents?urn=" + URN)).stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue()
                        == letters.get("Pat Casey").getJsonNumber("documentId").longValue())
                .findFirst()
                .orElseThrow();
        assertEquals("LETTER", archived.getString("kind"));
        assertEquals(
                archived.getString("sha256"), ContentStore.sha256(attached), "the emailed PDF is the archived one");

        JsonObject recorded = ApiClient.array(api.get(pupil(CASEY))).getJsonObject(0);
        assertEquals("STAGE_1_LETTER", recorded.getString("type"));
        assertEquals("Letter written to 2 contacts: 1 by email, 1 to print and post", recorded.getString("outcome"));
        assertEquals(
                422,
                api.postJson(S + "/pupils/" + CASEY + "/letters", "{\"type\":\"HOME_VISIT\"}")
                        .statusCode());
        assertEquals(
                422,
                api.postJson(S + "/pupils/" + DANA + "/letters", "{\"type\":\"STAGE_1_LETTER\"}")
                        .statusCode(),
                "Dana has no contact who receives correspondence");
    }

    private static void measuresImpact(ApiClient api) {
        created(api.postJson(pupil(ELI), "{\"type\":\"CONVERSATION\",\"date\":\"2025-11-13\",\"owner\":\"Ms Tutor\"}"));
        JsonObject eli = byUpn(ApiClient.object(api.get(S + "/casework?asOf=2025-11-14"))
                        .getJsonArray("entries"))
                .get(ELI);
        assertFalse(eli.getBoolean("due"), "a conversation after the missing marks answers them");

        var response = api.get(S + "/interventions/impact?from=2025-09-01&to=2025-10-31&weeks=2");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray figures = ApiClient.array(response);
        assertEquals(1, figures.size(), figures.toString());
        JsonObject talks = figures.getJsonObject(0);
        assertEquals("CONVERSATION", talks.getString("type"));
        assertEquals(3, talks.getInt("pupils"));
        assertEquals(
                "96.67", talks.getJsonNumber("meanBefore").bigDecimalValue().toPlainString());
        assertEquals("80.00", talks.getJsonNumber("meanAfter").bigDecimalValue().toPlainString());
        assertEquals(
                "-16.67",
                talks.getJsonNumber("meanChangePoints").bigDecimalValue().toPlainString());
        assertEquals(
                "0.00", talks.getJsonNumber("improvedShare").bigDecimalValue().toPlainString());
        assertFalse(talks.getBoolean("suppressed"));
        JsonObject governors = ApiClient.array(api.get(
                        S + "/interventions/impact?from=2025-09-01&to=2025-10-31&weeks=2" + "&audience=governors"))
                .getJsonObject(0);
        assertTrue(governors.getBoolean("suppressed"), "3 pupils: fewer than 5, not shown to governors");
        assertTrue(!governors.containsKey("meanBefore") || governors.isNull("meanBefore"), governors.toString());
        assertEquals(
                400,
                api.get(S + "/interventions/impact?from=2025-09-01&to=2025-10-31&weeks=0")
                        .statusCode());
    }

    private static MimeMessage waitForMailTo(String recipient) throws Exception {
        GreenMail mail = ItEnvironment.mail();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> hasRecipient(m, recipient))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no email to " + recipient);
    }

    private static boolean hasRecipient(MimeMessage m, String recipient) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(recipient));
        } catch (Exception e) {
            return false;
        }
    }

    private static byte[] attachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
