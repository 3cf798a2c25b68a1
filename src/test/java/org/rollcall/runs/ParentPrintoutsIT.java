package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollcall.testing.Problems.ok;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.delivery.ContentStore;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.ItEnvironment;
import org.rollcall.testing.LetterSchool;
import org.rollcall.testing.PdfCompliance;

/**
 * Parent printouts and staff data end to end on real WildFly, MariaDB and SMTP, for the
 * hand-worked {@link LetterSchool}: every figure on a printout is the one the pupil API gives,
 * each parent receives only their own child's printout, the print file holds the postal
 * addressees in form and name order, and each member of staff receives their forms and years.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParentPrintoutsIT {
    static final String S = "schools/" + LetterSchool.URN;
    static final String FROM = "2025-09-08";
    static final String TO = "2025-09-12";
    static final Set<String> PARENTS =
            Set.of("ann@parents.example", "bella@parents.example", "emma@parents.example", "ed@parents.example");
    static final Set<String> STAFF =
            Set.of("tutor7a@staff.example", "tutor7b@staff.example", "year7@staff.example", "year8@staff.example");
    private static boolean loaded;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    static void load(ApiClient api) {
        if (loaded) {
            return;
        }
        ok(api.putJson(
                S,
                "{\"name\":\"Letterbox Academy\",\"phase\":\"secondary\",\"address\":[\"Letterbox Lane\","
                        + "\"Ashford\",\"TN9 9LL\"],\"phone\":\"01234 500600\",\"email\":\"office@letterbox.example\","
                        + "\"headteacher\":\"Dr Helen Head\",\"attendanceChampion\":{\"name\":\"Mr Sam Champion\","
                        + "\"email\":\"attendance@letterbox.example\",\"phone\":\"01234 500601\"}}"));
        ok(api.putJson(S + "/calendar", LetterSchool.calendarJson()));
        ok(api.postCsv(S + "/pupils", "pupils.csv", LetterSchool.pupilsCsv()));
        ok(api.postCsv(S + "/contacts", "contacts.csv", LetterSchool.contactsCsv()));
        ok(api.postCsv(S + "/marks", "marks.csv", LetterSchool.marksCsv()));
        ok(api.putJson(S + "/staff", LetterSchool.staffJson()));
        loaded = true;
    }

    @AfterAll
    static void leaveTheMailServerAsFound() throws Exception {
        // GovernorPackIT counts every message on the server: take ours away once they have been read
        ItEnvironment.mail().purgeEmailFromAllMailboxes();
    }

    @Test
    void parentPrintoutsForEveryPupilEmailedAndPrinted() throws Exception {
        ApiClient api = ApiClient.admin(base);
        load(api);
        JsonObject run = Runs.runToEnd(
                api, S, "{\"kind\":\"PARENT_PRINTOUTS\",\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\"}");
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(5, run.getJsonObject("progress").getInt("done"));
        assertEquals(5, run.getJsonObject("progress").getInt("total"));
        assertEquals(5, run.getJsonObject("documentCounts").getInt("PARENT_PRINTOUT"));
        assertEquals(1, run.getJsonObject("documentCounts").getInt("PARENT_PRINT_FILE"));

        JsonObject page = ApiClient.object(api.get("runs/" + run.getInt("id") + "/documents?page=0&size=100"));
        assertEquals(6, page.getInt("total"));
        Map<String, String> shaByUpn = new HashMap<>();
        JsonObject printFile = null;
        for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (item.getString("kind").equals("PARENT_PRINT_FILE")) {
                printFile = item;
                continue;
            }
            assertEquals("PARENT_PRINTOUT", item.getString("kind"));
            shaByUpn.put(item.getString("upn"), item.getString("sha256"));
            checkPrintout(api, item);
        }
        assertEquals(5, shaByUpn.size(), "one printout per pupil");
        checkPrintFile(api, printFile);
        checkParentsMail(shaByUpn);
    }

    /** One page with the pupil's name, the API's attendance, the days missed and the target, and nobody else's name. */
    private static void checkPrintout(ApiClient api, JsonObject item) throws Exception {
        String upn = item.getString("upn");
        int n = List.copyOf(LetterSchool.upnsByForename().values()).indexOf(upn);
        String name = LetterSchool.fullNames().get(n);
        String forename = name.split(" ")[0];
        JsonObject figures = ApiClient.object(api.get(S + "/pupils/" + upn + "/attendance?from=" + FROM + "&to=" + TO));
        byte[] pdf = Runs.download(api, item);
        PdfCompliance.assertCompliant(pdf, "the printout of " + name);
        assertEquals(1, Runs.pages(pdf), name);
        String text = Runs.text(pdf);
        assertTrue(text.contains("Attendance report for " + name), text);
        assertTrue(
                text.contains("Attendance: "
                        + figures.getJsonNumber("attendanceRate")
                                .bigDecimalValue()
                                .toPlainString() + "%"),
                text);
        long missed = figures.getJsonNumber("authorisedAbsenceSessions").longValue()
                + figures.getJsonNumber("unauthorisedAbsenceSessions").longValue();
        String days = Map.of(0L, "no days", 1L, "half a day", 2L, "1 day").get(missed);
        assertTrue(text.contains(forename + " missed " + days + " ("), "days missed in words: " + text);
        assertTrue(text.contains(forename + "'s target this term: 96%"), text);
        assertTrue(
                text.contains("Mr Sam Champion") && text.contains("01234 500601"),
                "how to reach the champion: " + text);
        for (String other : LetterSchool.fullNames()) {
            if (!other.equals(name)) {
                for (String part : other.split(" ")) {
                    assertFalse(
                            Pattern.compile("\\b" + part + "\\b").matcher(text).find(),
                            part + " on " + name + "'s printout");
                }
            }
        }
        assertEquals(item.getString("form"), n < 2 ? "7A" : n < 4 ? "7B" : "8A");
        assertEquals(item.getString("yearGroup"), n < 4 ? "7" : "8");
    }

    private static void checkPrintFile(ApiClient api, JsonObject item) throws Exception {
        byte[] pdf = Runs.download(api, item);
        PdfCompliance.assertCompliant(pdf, "the print file");
        assertEquals(3, Runs.pages(pdf), "a page per postal addressee");
        String first = Runs.text(pdf, 1);
        String second = Runs.text(pdf, 2);
        String third = Runs.text(pdf, 3);
        assertTrue(
                first.contains("Bob Baker") && first.contains("2 Bank Street") && first.contains("Ben Baker"), first);
        assertTrue(
                second.contains("Carl Clark") && second.contains("3 Church Road") && second.contains("Cara Clark"),
                second);
        assertTrue(third.contains("To the parent or carer of Dan Dawson"), third);
    }

    private static void checkParentsMail(Map<String, String> shaByUpn) throws Exception {
        List<MimeMessage> mails = RunMail.waitFor(PARENTS, 3);
        assertEquals(3, mails.size(), "one email per email contact; Ed Evans receives no correspondence");
        Map<String, String> upnByRecipient = Map.of(
                "ann@parents.example",
                LetterSchool.upn(1),
                "bella@parents.example",
                LetterSchool.upn(2),
                "emma@parents.example",
                LetterSchool.upn(5));
        for (MimeMessage mail : mails) {
            String upn = upnByRecipient.get(RunMail.recipient(mail));
            byte[] attached = RunMail.attachment(mail);
            assertEquals(shaByUpn.get(upn), ContentStore.sha256(attached), "the child's own printout, as archived");
        }
        assertEquals(
                3,
                mails.stream()
                        .map(m -> {
                            try {
                                return RunMail.recipient(m);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .distinct()
                        .count());
    }

    @Test
    void staffDataPerFormAndYearToTheStaffAssigned() throws Exception {
        ApiClient api = ApiClient.admin(base);
        load(api);
        JsonObject run =
                Runs.runToEnd(api, S, "{\"kind\":\"STAFF_DATA\",\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\"}");
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(3, run.getJsonObject("documentCounts").getInt("STAFF_DATA_FORM"));
        assertEquals(2, run.getJsonObject("documentCounts").getInt("STAFF_DATA_YEAR"));
        Map<String, String> shaByGroup = new HashMap<>();
        JsonObject page = ApiClient.object(api.get("runs/" + run.getInt("id") + "/documents"));
        for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            boolean form = item.getString("kind").equals("STAFF_DATA_FORM");
            String group = form ? item.getString("form") : item.getString("yearGroup");
            shaByGroup.put(group, item.getString("sha256"));
            byte[] pdf = Runs.download(api, item);
            PdfCompliance.assertCompliant(pdf, "the staff data for " + group);
            String text = Runs.text(pdf);
            for (int i = 0; i < 5; i++) {
                String[] name = LetterSchool.fullNames().get(i).split(" ");
                String pupilForm = i < 2 ? "7A" : i < 4 ? "7B" : "8A";
                String pupilYear = i < 4 ? "7" : "8";
                boolean belongs = form ? pupilForm.equals(group) : pupilYear.equals(group);
                assertEquals(
                        belongs,
                        text.contains(name[1] + ", " + name[0]),
                        name[0] + " in the document for " + group + ": " + text);
            }
            if (group.equals("7A")) {
                assertTrue(
                        text.indexOf("Baker, Ben") < text.indexOf("Archer, Amy"), "lowest attendance first: " + text);
            }
        }
        List<MimeMessage> mails = RunMail.waitFor(STAFF, 5);
        assertEquals(5, mails.size());
        Map<String, List<String>> expected = Map.of(
                "tutor7a@staff.example",
                List.of("7A"),
                "tutor7b@staff.example",
                List.of("7B"),
                "year7@staff.example",
                List.of("7"),
                "year8@staff.example",
                List.of("8A", "8"));
        for (MimeMessage mail : mails) {
            String sha = ContentStore.sha256(RunMail.attachment(mail));
            assertTrue(
                    expected.get(RunMail.recipient(mail)).stream()
                            .anyMatch(g -> shaByGroup.get(g).equals(sha)),
                    RunMail.recipient(mail) + " received a document that is not theirs");
        }
    }
}
