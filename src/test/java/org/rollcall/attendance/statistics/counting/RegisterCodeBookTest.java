package org.rollcall.attendance.statistics.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;

class RegisterCodeBookTest {

    private final RegisterCodeBook codes = StandardCodes.book();
    private final LocalDate before2024 = LocalDate.of(2023, 11, 6);
    private final LocalDate after2024 = LocalDate.of(2024, 9, 2);

    @Test
    void j1IsAuthorisedButARetiredJBefore2024IsApprovedActivity() {
        assertEquals(AttendanceCategory.AUTHORISED, codes.categoryOf("J1", after2024));
        assertEquals(AttendanceCategory.APPROVED_ACTIVITY, codes.categoryOf("J", before2024));
        assertEquals(AttendanceCategory.APPROVED_ACTIVITY, codes.categoryOf("J", LocalDate.of(2024, 8, 18)));
    }

    @Test
    void aRetiredCodeAfterTheChangeIsAnErrorNamingTheCode() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> codes.categoryOf("J", StandardCodes.CODES_2024));
        assertTrue(e.getMessage().contains("'J'"), e.getMessage());
    }

    @Test
    void retiredCodesKeepTheirHistoricalMeaning() {
        assertEquals(AttendanceCategory.AUTHORISED, codes.categoryOf("H", before2024));
        assertEquals(AttendanceCategory.AUTHORISED, codes.categoryOf("F", before2024));
        assertEquals(AttendanceCategory.NOT_POSSIBLE, codes.categoryOf("Y", before2024));
    }

    @Test
    void anUnknownCodeIsAnErrorNamingTheCode() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> codes.categoryOf("Y8", after2024));
        assertTrue(e.getMessage().contains("'Y8'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> codes.categoryOf("n", after2024), "codes are exact");
    }

    @Test
    void everyCodeOfTheTableHasItsCategory() {
        assertEquals(AttendanceCategory.PRESENT, codes.categoryOf("\\", after2024));
        assertEquals(AttendanceCategory.PRESENT, codes.categoryOf("L", after2024));
        assertEquals(AttendanceCategory.APPROVED_ACTIVITY, codes.categoryOf("B", after2024));
        assertEquals(AttendanceCategory.AUTHORISED, codes.categoryOf("C2", after2024));
        assertEquals(AttendanceCategory.UNAUTHORISED, codes.categoryOf("U", after2024));
        assertEquals(AttendanceCategory.NOT_POSSIBLE, codes.categoryOf("Y7", after2024));
        assertEquals(AttendanceCategory.NOT_POSSIBLE, codes.categoryOf("#", after2024));
    }

    @Test
    void categoriesKnowWhatTheyCountAs() {
        assertTrue(AttendanceCategory.APPROVED_ACTIVITY.isAttended());
        assertTrue(AttendanceCategory.UNAUTHORISED.isAbsence());
        assertEquals(false, AttendanceCategory.NOT_POSSIBLE.isPossible());
        assertEquals(false, AttendanceCategory.PRESENT.isAbsence());
    }
}
