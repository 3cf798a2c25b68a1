package org.rollcall.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.ApiClient;
import org.rollcall.testing.Deployments;

/** The migrations load the three frameworks and the guidance library as the seeds give them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrameworksIT {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theListGivesEachFrameworkWithItsVersionAndCounts() {
        JsonObject rag = summary("rag");
        assertEquals(1, rag.getInt("version"));
        assertEquals("RAG School Reporting Framework: Reducing Persistent Absence", rag.getString("name"));
        assertEquals(4, rag.getInt("headingCount"));
        assertEquals(9, rag.getInt("itemCount"));
        assertEquals(1, rag.getInt("scaleMin"));
        assertEquals(12, rag.getInt("scaleMax"));

        JsonObject audit = summary("audit");
        assertEquals(11, audit.getInt("itemCount"));
        assertEquals("RAG", audit.getString("rating"));

        JsonObject foundations = summary("foundations");
        assertEquals(5, foundations.getInt("headingCount"));
        assertEquals(25, foundations.getInt("itemCount"));
    }

    @Test
    void theRagFrameworkHasNineChevronsInFourHeadingsInOrderWithTheirBands() {
        JsonObject rag = detail("rag");
        JsonArray headings = rag.getJsonArray("headings");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), strings(headings, "code"));
        assertEquals(
                List.of("1", "1", "2", "2"),
                headings.getValuesAs(JsonObject.class).stream()
                        .map(h -> String.valueOf(h.getInt("part")))
                        .toList());
        List<JsonObject> items = headings.getValuesAs(JsonObject.class).stream()
                .flatMap(h -> h.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .toList();
        assertEquals(
                List.of(
                        "Recent data",
                        "Priority",
                        "Resource allocation & capacity",
                        "Co-ordination of resources",
                        "Relationships and engagement",
                        "Policy Framework",
                        "Performance monitoring and management",
                        "Strategic framework",
                        "Communications"),
                items.stream().map(i -> i.getString("title")).toList());

        JsonObject firstQuestion = items.get(0).getJsonArray("questions").getJsonObject(0);
        assertEquals(
                "Are pupils who are likely to meet PA criteria identified regularly/early?",
                firstQuestion.getString("question"));
        assertEquals("Pupils not identified", firstQuestion.getString("red"));
        assertEquals("Pupils with PA identified regularly", firstQuestion.getString("green"));
        JsonObject networking = items.get(4).getJsonArray("questions").getJsonObject(1);
        assertEquals("School Attendance Leader involved in LA network opportunities", networking.getString("green"));

        JsonArray bands = rag.getJsonArray("bands");
        assertEquals(
                "RED 1-4, AMBER 5-8, GREEN 9-12",
                bands.getValuesAs(JsonObject.class).stream()
                        .map(b -> b.getString("rag") + " " + b.getInt("from") + "-" + b.getInt("to"))
                        .collect(Collectors.joining(", ")));
    }

    @Test
    void theAuditHasElevenStatementsAndTheThreeLevelDescriptions() {
        JsonObject audit = detail("audit");
        List<JsonObject> items = audit.getJsonArray("headings")
                .getJsonObject(0)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(11, items.size());
        assertEquals("1.11", items.get(10).getString("code"));
        assertEquals(
                "Realistic and aspiring school attendance targets are set and shared with staff, parents, carers, and pupils.",
                items.get(6).getString("statement"));
        JsonObject green = audit.getJsonArray("bands").getJsonObject(2);
        assertEquals("GREEN", green.getString("rag"));
        assertTrue(
                green.getString("description").startsWith("There is clear evidence of school planning at all levels."));
    }

    @Test
    void theFoundationsHaveTwentyFiveKpisAndMarkWhatWasRebuilt() {
        JsonObject foundations = detail("foundations");
        List<JsonObject> headings = foundations.getJsonArray("headings").getValuesAs(JsonObject.class);
        assertEquals(5, headings.size());
        headings.forEach(h -> assertEquals(5, h.getJsonArray("items").size(), h.getString("title")));
        headings.forEach(h -> assertTrue(h.getBoolean("reconstructed"), "foundation names were lost in the seed"));
        JsonObject kpi42 = headings.get(3).getJsonArray("items").getJsonObject(1);
        assertEquals("4.2", kpi42.getString("code"));
        assertEquals(
                "The MIS system is used effectively to analyse data. Data information is shared widely and informs regular,"
                        + " honest and action focused conversations.",
                kpi42.getString("statement"));
        assertFalse(kpi42.getBoolean("reconstructed"));
        JsonObject kpi23 = headings.get(1).getJsonArray("items").getJsonObject(2);
        assertTrue(kpi23.getBoolean("reconstructed"));
        assertTrue(kpi23.getString("reconstructionNote").contains("towards supporting and"));
    }

    @Test
    void everyTextNotMarkedAsRebuiltIsWordForWordInTheSeed() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the seeds are beside the checkout in CI");
        String audit = normalised(Files.readString(SEEDS.resolve("001_d6e7fd9cb3197d33.txt"), StandardCharsets.UTF_8));
        String foundations =
                normalised(Files.readString(SEEDS.resolve("004_bb9275d2c316401c.txt"), StandardCharsets.UTF_8));
        int compared = 0;
        for (JsonObject item : items(detail("audit"))) {
            assertTrue(audit.contains(normalised(item.getString("statement"))), item.getString("code"));
            compared++;
        }
        for (JsonObject item : items(detail("foundations"))) {
            if (!item.getBoolean("reconstructed") && !item.getString("code").equals("3.5")) {
                assertTrue(foundations.contains(normalised(item.getString("statement"))), item.getString("code"));
                compared++;
            }
        }
        assertEquals(
                11 + 19, compared, "11 statements and the 19 KPIs kept as written (3.5 only lost a hyphen's space)");
    }

    @Test
    void theGuidanceCoversAllNineChevronsAndEveryChevronFindsItsGuidance() {
        ApiClient api = ApiClient.admin(base);
        List<JsonObject> chevrons = ApiClient.array(api.get("guidance")).getValuesAs(JsonObject.class);
        assertEquals(9, chevrons.size());
        chevrons.forEach(c -> assertTrue(c.getInt("expectationCount") > 0, c.getString("key")));
        Set<String> keys = chevrons.stream().map(c -> c.getString("key")).collect(Collectors.toSet());
        items(detail("rag")).forEach(i -> assertTrue(keys.contains(i.getString("guidanceKey")), i.getString("title")));

        JsonObject priority = ApiClient.object(api.get("guidance/priority"));
        JsonObject first = priority.getJsonArray("expectations").getJsonObject(0);
        assertEquals("Governing body provides strategic leadership", first.getString("expectation"));
        assertEquals(
                List.of(
                        "Nominate Governor to oversee attendance issues",
                        "Governing body regularly reviews the attendance policy (including holidays in term time and the time registers close)",
                        "Governing body receives termly reports on progress to targets and impact of actions"),
                strings(first.getJsonArray("examples"), "text"));
        assertEquals(
                List.of("Ethos", "Policy", "Data"),
                first.getJsonArray("approaches").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(404, api.get("guidance/no-such-chevron").statusCode());
    }

    private JsonObject summary(String key) {
        return ApiClient.array(ApiClient.admin(base).get("frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("key").equals(key))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject detail(String key) {
        var response = ApiClient.admin(base).get("frameworks/" + summary(key).getInt("id"));
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.object(response);
    }

    private static List<JsonObject> items(JsonObject framework) {
        return framework.getJsonArray("headings").getValuesAs(JsonObject.class).stream()
                .flatMap(h -> h.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .toList();
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString(field))
                .toList();
    }

    /** The seeds wrap lines and indent lists; words and punctuation are what must match. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "-").trim();
    }
}
