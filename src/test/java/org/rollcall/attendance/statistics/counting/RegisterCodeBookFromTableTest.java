package org.rollcall.attendance.statistics.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.RegisterCode;

/** The code table's dates are inclusive: a code retired "to 18 August 2024" is valid on that day and not after. */
class RegisterCodeBookFromTableTest {

    private static final CodeBook BOOK = RegisterCodeBook.of(List.of(
            new RegisterCode(
                    "J",
                    AttendanceCategory.APPROVED_ACTIVITY,
                    "Interview (retired)",
                    Optional.empty(),
                    Optional.of(LocalDate.of(2024, 8, 18))),
            new RegisterCode(
                    "J1",
                    AttendanceCategory.AUTHORISED,
                    "Interview",
                    Optional.of(LocalDate.of(2024, 8, 19)),
                    Optional.empty()),
            new RegisterCode("/", AttendanceCategory.PRESENT, "Present", Optional.empty(), Optional.empty())));

    @Test
    void validityFollowsTheTablesInclusiveDates() {
        assertEquals(AttendanceCategory.APPROVED_ACTIVITY, BOOK.categoryOf("J", LocalDate.of(2024, 8, 18)));
        assertThrows(IllegalArgumentException.class, () -> BOOK.categoryOf("J", LocalDate.of(2024, 8, 19)));
        assertEquals(AttendanceCategory.AUTHORISED, BOOK.categoryOf("J1", LocalDate.of(2024, 8, 19)));
        assertThrows(IllegalArgumentException.class, () -> BOOK.categoryOf("J1", LocalDate.of(2024, 8, 18)));
        assertEquals(AttendanceCategory.PRESENT, BOOK.categoryOf("/", LocalDate.of(1999, 1, 4)));
    }

    @Test
    void aCodeMissingFromTheTableIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BOOK.categoryOf("H", LocalDate.of(2020, 1, 6)));
    }
}
