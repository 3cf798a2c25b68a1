package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo school's casework, recorded through the casework API as an attendance lead would after
 * reading the worklist: conversations and targets for pupils near 95%, stage 1 letters below 92% and
 * stage 2 below 90%, Notices to Improve for some past the penalty-notice threshold, and referrals to
 * the local authority for some six weeks at or below 85%. Counts are kept small so the first start
 * stays quick; the worklist still shows who else is due.
 */
final class DemoCasework {
    private static final String OWNER = "Attendance lead";

    private final DemoApi api;
    private final String urn;
    private final LocalDate today;
    private int conversations;
    private int stage1;
    private int stage2;
    private int notices;
    private int referrals;

    DemoCasework(DemoApi api, String urn, LocalDate today) {
        this.api = api;
        this.urn = urn;
        this.today = today;
    }

    void load() throws IOException, InterruptedException {
        LocalDate asOf = weekdayBefore(today);
        JsonObject worklist = DemoApi.object(api.get("schools/" + urn + "/casework?asOf=" + asOf));
        for (JsonValue value : worklist.getJsonArray("entries")) {
            act(value.asJsonObject());
        }
        Launcher.say("Demo casework: " + conversations + " conversations with targets, " + stage1 + " stage 1 and "
                + stage2 + " stage 2 letters, " + notices + " Notices to Improve, " + referrals
                + " referrals to the local authority");
    }

    private void act(JsonObject entry) throws IOException, InterruptedException {
        String upn = entry.getString("upn");
        Set<String> triggers = entry.getJsonArray("triggers").stream()
                .map(t -> t.asJsonObject().getString("kind"))
                .collect(Collectors.toSet());
        BigDecimal attendance = entry.isNull("attendance")
                ? BigDecimal.valueOf(100)
                : entry.getJsonNumber("attendance").bigDecimalValue();
        if (triggers.contains("SERIOUS_SIX_WEEKS") && referrals < 4) {
            record(upn, intervention("CASE_STUDY", today.minusDays(28)));
            record(
                    upn,
                    intervention("LA_REFERRAL", today.minusDays(21))
                            .add("reviewDate", today.plusDays(63).toString()));
            referrals++;
        } else if (triggers.contains("PENALTY_THRESHOLD") && notices < 3) {
            LocalDate issued = today.minusDays(14);
            record(
                    upn,
                    intervention("NOTICE_TO_IMPROVE", issued)
                            .add("improvementPeriodEnds", issued.plusDays(28).toString()));
            notices++;
        } else if (attendance.compareTo(BigDecimal.valueOf(90)) <= 0 && stage2 < 4) {
            letter(upn, "STAGE_2_LETTER");
            stage2++;
        } else if (attendance.compareTo(BigDecimal.valueOf(92)) < 0 && stage1 < 6) {
            letter(upn, "STAGE_1_LETTER");
            stage1++;
        } else if (attendance.compareTo(BigDecimal.valueOf(94)) >= 0
                && attendance.compareTo(BigDecimal.valueOf(96)) < 0
                && conversations < 8) {
            record(
                    upn,
                    intervention("CONVERSATION", today.minusDays(10))
                            .add("outcome", "Talked with the pupil and parent"));
            record(
                    upn,
                    intervention("TARGET_SET", today.minusDays(10))
                            .add("notes", "Target: every session until half term"));
            conversations++;
        }
    }

    private JsonObjectBuilder intervention(String type, LocalDate date) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("date", weekdayBefore(date.plusDays(1)).toString())
                .add("owner", OWNER);
    }

    private void record(String upn, JsonObjectBuilder body) throws IOException, InterruptedException {
        api.post(
                "schools/" + urn + "/pupils/" + upn + "/interventions",
                body.build().toString());
    }

    private void letter(String upn, String type) throws IOException, InterruptedException {
        api.post(
                "schools/" + urn + "/pupils/" + upn + "/letters",
                Json.createObjectBuilder()
                        .add("type", type)
                        .add("owner", OWNER)
                        .build()
                        .toString());
    }

    /** The last weekday before {@code day}: casework is dated on school days, never in the future. */
    private static LocalDate weekdayBefore(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
