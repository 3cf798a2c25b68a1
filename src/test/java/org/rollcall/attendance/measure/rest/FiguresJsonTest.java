package org.rollcall.attendance.measure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/** The API's contract fields are top-level plain numbers; a rate with nothing to divide by is null, not 0. */
class FiguresJsonTest {

    static final List<String> CONTRACT = List.of(
            "possibleSessions",
            "presentSessions",
            "authorisedAbsenceSessions",
            "unauthorisedAbsenceSessions",
            "attendanceRate",
            "overallAbsenceRate",
            "authorisedAbsenceRate",
            "unauthorisedAbsenceRate",
            "pupils",
            "persistentAbsentees",
            "persistentAbsenceRate",
            "severeAbsentees",
            "severeAbsenceRate",
            "lateBeforeClose",
            "lateAfterClose");

    @Test
    void everyContractFieldIsANumber() {
        SessionTally nineOfTen = SessionTally.builder()
                .add("/", AttendanceCategory.PRESENT, 9)
                .add("I", AttendanceCategory.AUTHORISED, 1)
                .build();
        JsonObject json = FiguresJson.figures(AttendanceSummary.of(List.of(nineOfTen)));
        for (String field : CONTRACT) {
            assertEquals(JsonValue.ValueType.NUMBER, json.get(field).getValueType(), field);
        }
        assertEquals(
                "90.00", json.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
        assertEquals(1, json.getInt("persistentAbsentees"), "exactly 90.0% is PA");
    }

    @Test
    void ratesWithoutSessionsAreNull() {
        JsonObject json = FiguresJson.figures(AttendanceSummary.of(List.of()));
        assertEquals(0, json.getInt("possibleSessions"));
        assertTrue(json.isNull("attendanceRate"));
        assertTrue(json.isNull("persistentAbsenceRate"));
    }
}
