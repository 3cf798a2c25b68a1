package org.rollcall.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

class ScheduleValidatorTest {

    @Test
    void aGoodScheduleBecomesEntriesWithKindsAndPointsInCapitals() {
        List<ScheduleEntry> entries = ScheduleValidator.check(List.of(
                new ScheduleValidator.Sent("governor_pack", "TERM_END", -5, "TERM_TO_DATE", null),
                new ScheduleValidator.Sent("SEF_SECTION", "term_end", null, "YEAR_TO_DATE", "Summer")));
        assertEquals(
                List.of(
                        new ScheduleEntry("GOVERNOR_PACK", SchedulePoint.TERM_END, -5, ScheduleWindow.TERM_TO_DATE),
                        new ScheduleEntry(
                                "SEF_SECTION",
                                SchedulePoint.TERM_END,
                                0,
                                ScheduleWindow.YEAR_TO_DATE,
                                Optional.of("Summer"))),
                entries);
    }

    @Test
    void everyBadFieldIsNamedWithItsEntryAndNothingIsKept() {
        ProblemException refused = assertThrows(
                ProblemException.class,
                () -> ScheduleValidator.check(List.of(
                        new ScheduleValidator.Sent("GOVERNOR_PACK", "TERM_END", -5, "TERM_TO_DATE", null),
                        new ScheduleValidator.Sent("REPORT_CARD", "MIDTERM", 400, "FOREVER", null))));
        assertEquals(400, refused.status());
        assertEquals(
                List.of("[1].kind", "[1].at", "[1].window", "[1].offsetSchoolDays"),
                refused.toProblem().errors().stream()
                        .map(Problem.FieldError::field)
                        .toList());
    }

    @Test
    void aMissingBodyIsRefused() {
        assertEquals(
                "schedule",
                assertThrows(ProblemException.class, () -> ScheduleValidator.check(null))
                        .toProblem()
                        .errors()
                        .get(0)
                        .field());
    }
}
