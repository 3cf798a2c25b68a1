package org.rollcall.attendance.statistics.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON-B names the API's fields after these accessors: renaming one breaks every client. */
class AttendanceSummaryContractTest {

    @Test
    void theApiFieldNamesComeFirstAndInOrder() {
        List<String> contract = List.of("possibleSessions", "presentSessions", "authorisedAbsenceSessions",
                "unauthorisedAbsenceSessions", "attendanceRate", "overallAbsenceRate", "authorisedAbsenceRate",
                "unauthorisedAbsenceRate", "pupils", "persistentAbsentees", "persistentAbsenceRate", "severeAbsentees",
                "severeAbsenceRate", "lateBeforeClose", "lateAfterClose");
        List<String> names = Arrays.stream(AttendanceSummary.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertEquals(contract, names.subList(0, contract.size()));
    }
}
