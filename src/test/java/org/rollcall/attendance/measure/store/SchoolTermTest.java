package org.rollcall.attendance.measure.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;

/** Sessions left in a term: two per open weekday, none at weekends, in half term or on closures. */
class SchoolTermTest {

    private static final SchoolTerm AUTUMN = new SchoolTerm(
            DateWindow.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19)),
            Optional.of(DateWindow.of(LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31))),
            Set.of(LocalDate.of(2025, 11, 24)));

    @Test
    void countsOpenWeekdaysAfterTheDate() {
        assertEquals(2, AUTUMN.sessionsAfter(LocalDate.of(2025, 12, 18)));
        assertEquals(0, AUTUMN.sessionsAfter(LocalDate.of(2025, 12, 19)));
        // 13 October to 19 December: 10 weeks, less half term (5 days) and one closure
        assertEquals(2 * (50 - 5 - 1), AUTUMN.sessionsAfter(LocalDate.of(2025, 10, 10)));
    }

    @Test
    void aWindowWithoutACalendarHasNothingToCome() {
        SchoolTerm window = SchoolTerm.ofWindow(DateWindow.of(LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 12)));
        assertEquals(0, window.sessionsAfter(LocalDate.of(2025, 9, 12)));
        assertEquals(LocalDate.of(2025, 9, 8), window.start());
    }
}
