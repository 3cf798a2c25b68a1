package org.rollcall.reporting.sef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.DateWindow;

/** Academic years as people write them, and the window the SEF measures for each. */
class SefYearTest {

    @Test
    void readsTheUsualSpellingAndRefusesTheRest() {
        assertEquals(2025, SefYear.parse("2025/26").orElseThrow().startYear());
        assertEquals(1999, SefYear.parse(" 1999/00 ").orElseThrow().startYear(), "the century turns");
        for (String bad : new String[] {"2025-26", "2025/27", "25/26", "2025/2026", "", "next year"}) {
            assertTrue(SefYear.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void theCurrentYearRunsToTodayAnEarlierYearIsWhole() {
        SefYear year = SefYear.containing(LocalDate.of(2026, 12, 1));
        assertEquals("2026/27", year.label());
        assertEquals(
                DateWindow.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1)),
                year.windowUpTo(LocalDate.of(2026, 12, 1)));
        assertEquals(
                DateWindow.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)),
                year.minus(2).windowUpTo(LocalDate.of(2026, 12, 1)));
        assertEquals("2025/26", SefYear.containing(LocalDate.of(2026, 8, 31)).label());
    }
}
