package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo school's self-evaluation, entered through the evaluation API as a school would: two closed
 * rounds of the RAG framework (three respondents each, who disagree on some chevrons, and agreed scores
 * that move between the rounds), one closed Audit of Systems, and an action plan with actions done,
 * under way and overdue.
 */
final class DemoEvaluation {
    static final List<String> CHEVRONS = List.of("1.1", "1.2a", "1.2b", "1.2c", "1.2d", "2.1", "2.2a", "2.2b", "2.2c");
    private static final List<String> RESPONDENTS = List.of("Attendance officer", "Head of Year 9", "Parent governor");
    private static final List<String> KINDS = List.of("STAFF", "STAFF", "PARENT");
    // scores by respondent, chevron in CHEVRONS order; the spreads of 3 or more (or across bands) are disagreements
    private static final int[][] EARLIER = {
        {4, 5, 6, 3, 7, 5, 4, 6, 5}, {5, 5, 7, 4, 8, 6, 4, 6, 6}, {4, 9, 6, 3, 7, 2, 5, 6, 5}
    };
    private static final int[] EARLIER_AGREED = {4, 6, 6, 3, 7, 5, 4, 6, 5};
    private static final int[][] LATER = {
        {6, 7, 8, 5, 9, 7, 6, 8, 4}, {6, 7, 9, 5, 9, 8, 6, 8, 8}, {7, 8, 8, 4, 10, 7, 5, 9, 5}
    };
    private static final int[] LATER_AGREED = {6, 7, 8, 5, 9, 7, 6, 8, 5};

    private final DemoApi api;
    private final String urn;
    private final LocalDate today;

    DemoEvaluation(DemoApi api, String urn, LocalDate today) {
        this.api = api;
        this.urn = urn;
        this.today = today;
    }

    void load() throws IOException, InterruptedException {
        ragRound(
                "RAG review, last year",
                today.minusMonths(9),
                EARLIER,
                EARLIER_AGREED,
                "Attendance below the national figure; persistent absence high in Years 9 and 10.");
        long later = ragRound(
                "RAG review, this term",
                today.minusDays(14),
                LATER,
                LATER_AGREED,
                "Attendance up on the same weeks last year; persistent absence down, the FSM gap still wide.");
        auditOfSystems(today.minusMonths(2));
        actionPlan(later);
    }

    private long ragRound(String title, LocalDate heldOn, int[][] scores, int[] agreed, String recentDataEvidence)
            throws IOException, InterruptedException {
        long round = open("rag", title, heldOn);
        for (int r = 0; r < RESPONDENTS.size(); r++) {
            long respondent = respondent(round, r);
            for (int i = 0; i < CHEVRONS.size(); i++) {
                api.post(
                        "audits/" + round + "/responses",
                        Json.createObjectBuilder()
                                .add("item", CHEVRONS.get(i))
                                .add("score", scores[r][i])
                                .add("respondent", respondent)
                                .build()
                                .toString());
            }
        }
        api.post("audits/" + round + "/close-scoring", "");
        for (int i = 0; i < CHEVRONS.size(); i++) {
            JsonObjectBuilder body = Json.createObjectBuilder().add("score", agreed[i]);
            if (i == 0) {
                body.add("note", recentDataEvidence);
            }
            api.put(
                    "audits/" + round + "/agreed/" + CHEVRONS.get(i),
                    body.build().toString());
        }
        api.post("audits/" + round + "/close", "");
        return round;
    }

    private void auditOfSystems(LocalDate heldOn) throws IOException, InterruptedException {
        long round = open("audit", "Audit of systems for attendance", heldOn);
        String[] ratings = {
            "GREEN", "AMBER", "AMBER", "RED", "GREEN", "AMBER", "GREEN", "AMBER", "RED", "AMBER", "GREEN"
        };
        for (int r = 0; r < 2; r++) {
            long respondent = respondent(round, r);
            for (int i = 0; i < ratings.length; i++) {
                // the second respondent rates statement 1.4 Amber, not Red: a difference to explore
                String rating = r == 1 && i == 3 ? "AMBER" : ratings[i];
                api.post(
                        "audits/" + round + "/responses",
                        Json.createObjectBuilder()
                                .add("item", "1." + (i + 1))
                                .add("rating", rating)
                                .add("evidence", "Seen in the weekly attendance meeting notes")
                                .add("respondent", respondent)
                                .build()
                                .toString());
            }
        }
        api.post("audits/" + round + "/close-scoring", "");
        for (int i = 0; i < ratings.length; i++) {
            api.put(
                    "audits/" + round + "/agreed/1." + (i + 1),
                    Json.createObjectBuilder().add("rating", ratings[i]).build().toString());
        }
        api.post("audits/" + round + "/close", "");
    }

    private void actionPlan(long round) throws IOException, InterruptedException {
        action(
                round,
                "1.1",
                "Weekly attendance report to every head of year",
                "Attendance officer",
                today.minusMonths(2),
                "DONE");
        action(
                round,
                "2.1",
                "Publish the revised attendance policy with the champion's contact details",
                "Headteacher",
                today.minusMonths(1),
                "DONE");
        long meetings = action(
                round,
                "1.2d",
                "Attendance meetings with the families of FSM pupils who are PA",
                "Deputy headteacher",
                today.minusDays(10),
                "IN_PROGRESS");
        action(
                round,
                "2.2c",
                "Termly attendance newsletter to parents",
                "Attendance champion",
                today.minusDays(3),
                "NOT_STARTED");
        action(
                round,
                "1.2b",
                "Second attendance officer for Years 9 and 10",
                "Business manager",
                today.plusMonths(3),
                "NOT_STARTED");
        api.post(
                "audits/" + round + "/actions/" + meetings + "/notes",
                Json.createObjectBuilder()
                        .add("on", today.minusDays(5).toString())
                        .add("note", "Twelve of twenty families met so far")
                        .build()
                        .toString());
    }

    private long action(long round, String item, String description, String owner, LocalDate due, String status)
            throws IOException, InterruptedException {
        return DemoApi.id(api.post(
                "audits/" + round + "/actions",
                Json.createObjectBuilder()
                        .add("item", item)
                        .add("description", description)
                        .add("priority", "HIGH")
                        .add("owner", owner)
                        .add("successMeasure", "Attendance of the pupils concerned up by 2 points")
                        .add("dueOn", due.toString())
                        .add("status", status)
                        .build()
                        .toString()));
    }

    private long open(String framework, String title, LocalDate heldOn) throws IOException, InterruptedException {
        return DemoApi.id(api.post(
                "schools/" + urn + "/audits",
                Json.createObjectBuilder()
                        .add("framework", framework)
                        .add("title", title)
                        .add("heldOn", heldOn.toString())
                        .build()
                        .toString()));
    }

    private long respondent(long round, int r) throws IOException, InterruptedException {
        return DemoApi.id(api.post(
                "audits/" + round + "/respondents",
                Json.createObjectBuilder()
                        .add("name", RESPONDENTS.get(r))
                        .add("kind", KINDS.get(r))
                        .build()
                        .toString()));
    }
}
