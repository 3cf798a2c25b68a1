package org.rollcall.casework.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/** What an intervention body must hold: each refusal names its field, and a PATCH is checked whole. */
class InterventionValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 14);

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> refusedFields(Runnable call) {
        ProblemException e = assertThrows(ProblemException.class, call::run);
        assertEquals(422, e.status());
        return e.toProblem().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aNoticeToImproveRunsThreeToSixWeeks() {
        String body =
                "{\"type\":\"NOTICE_TO_IMPROVE\",\"date\":\"2025-11-03\",\"owner\":\"Mr Lead\",\"improvementPeriodEnds\":\"%s\"}";
        assertEquals(
                LocalDate.of(2025, 11, 24),
                InterventionValidator.create(json(body.formatted("2025-11-24")), TODAY)
                        .improvementPeriodEnds()
                        .orElseThrow(),
                "21 days: 3 weeks");
        InterventionValidator.create(json(body.formatted("2025-12-15")), TODAY); // 42 days: 6 weeks
        assertEquals(
                List.of("improvementPeriodEnds"),
                refusedFields(() -> InterventionValidator.create(json(body.formatted("2025-11-23")), TODAY)));
        assertEquals(
                List.of("improvementPeriodEnds"),
                refusedFields(() -> InterventionValidator.create(json(body.formatted("2025-12-16")), TODAY)));
        assertEquals(
                List.of("improvementPeriodEnds"),
                refusedFields(() -> InterventionValidator.create(
                        json("{\"type\":\"NOTICE_TO_IMPROVE\",\"date\":\"2025-11-03\",\"owner\":\"Mr Lead\"}"),
                        TODAY)));
    }

    @Test
    void aPenaltyNoticeNamesTheParentAndIsIssuedUnlessSaidOtherwise() {
        InterventionFields f = InterventionValidator.create(
                json(
                        "{\"type\":\"penalty_notice\",\"date\":\"2025-11-03\",\"owner\":\"LA\",\"parent\":\" Pat Casey \"}"),
                TODAY);
        assertEquals(InterventionType.PENALTY_NOTICE, f.type());
        assertEquals(Optional.of("Pat Casey"), f.parent());
        assertEquals(Optional.of(PenaltyStatus.ISSUED), f.penaltyStatus());
        assertEquals(
                List.of("parent"),
                refusedFields(() -> InterventionValidator.create(
                        json("{\"type\":\"PENALTY_NOTICE\",\"date\":\"2025-11-03\",\"owner\":\"LA\"}"), TODAY)));
        assertEquals(
                List.of("parent", "penaltyStatus"),
                refusedFields(() -> InterventionValidator.create(
                        json(
                                "{\"type\":\"MEETING\",\"date\":\"2025-11-03\",\"owner\":\"LA\",\"parent\":\"Pat\",\"penaltyStatus\":\"PAID\"}"),
                        TODAY)));
    }

    @Test
    void everyFieldInErrorIsNamedAtOnce() {
        assertEquals(
                List.of("type", "date", "owner", "reviewDate"),
                refusedFields(() -> InterventionValidator.create(
                                json("{\"type\":\"CHAT\",\"date\":\"3/11/2025\",\"owner\":42,\"reviewDate\":\"soon\"}"),
                                TODAY))
                        .stream()
                        .distinct()
                        .toList());
        assertEquals(
                List.of("date"),
                refusedFields(() -> InterventionValidator.create(
                        json("{\"type\":\"MEETING\",\"date\":\"2025-11-15\",\"owner\":\"x\"}"), TODAY)),
                "tomorrow has not happened yet");
        assertEquals(
                List.of("reviewDate"),
                refusedFields(() -> InterventionValidator.create(
                        json(
                                "{\"type\":\"MEETING\",\"date\":\"2025-11-03\",\"owner\":\"x\",\"reviewDate\":\"2025-11-02\"}"),
                        TODAY)));
    }

    @Test
    void aPatchOverlaysTheStoredValuesAndIsCheckedWhole() {
        InterventionFields stored = InterventionValidator.create(
                json(
                        "{\"type\":\"CONVERSATION\",\"date\":\"2025-11-03\",\"owner\":\"Ms Tutor\",\"notes\":\"about mornings\"}"),
                TODAY);
        InterventionFields patched =
                InterventionValidator.patch(stored, json("{\"outcome\":\"target agreed\",\"notes\":null}"), TODAY);
        assertEquals(Optional.of("target agreed"), patched.outcome());
        assertEquals(Optional.empty(), patched.notes(), "null clears");
        assertEquals("Ms Tutor", patched.owner());
        assertEquals(
                List.of("owner"),
                refusedFields(() -> InterventionValidator.patch(stored, json("{\"owner\":null}"), TODAY)));
        assertEquals(
                List.of("improvementPeriodEnds"),
                refusedFields(
                        () -> InterventionValidator.patch(stored, json("{\"type\":\"NOTICE_TO_IMPROVE\"}"), TODAY)));
    }
}
