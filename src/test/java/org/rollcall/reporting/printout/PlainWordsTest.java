package org.rollcall.reporting.printout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Figures for parents, worked by hand (DOMAIN.md: 90% is about half a day a week, about 19 days a year). */
class PlainWordsTest {

    @Test
    void sessionsAreSaidAsDays() {
        assertEquals("no days", PlainWords.days(0));
        assertEquals("half a day", PlainWords.days(1));
        assertEquals("1 day", PlainWords.days(2));
        assertEquals("1½ days", PlainWords.days(3));
        assertEquals("19 days", PlainWords.days(38));
    }

    @Test
    void ninetyPercentIsHalfADayEveryWeekAndNineteenDaysAYear() {
        // 10 of 100 sessions missed: 0.1 x 5 days = half a day a week; 0.1 x 190 = 19 days a year
        assertEquals(
                "Missing this much is like missing about half a day every week, or about 19 days over a whole"
                        + " school year of 190 days.",
                PlainWords.likeEveryWeek(10, 100));
        // 95%: 0.05 x 190 = 9.5 days; 0.25 days a week rounds to half a day
        assertEquals(
                "Missing this much is like missing about half a day every week, or about 9½ days over a whole"
                        + " school year of 190 days.",
                PlainWords.likeEveryWeek(5, 100));
        // 99%: 0.05 days a week; 1.9 days a year rounds to 2
        assertEquals(
                "Missing this much is like missing less than half a day every week, or about 2 days over a whole"
                        + " school year of 190 days.",
                PlainWords.likeEveryWeek(1, 100));
        // 80%: a whole day every week, 38 days a year
        assertEquals(
                "Missing this much is like missing about 1 day every week, or about 38 days over a whole"
                        + " school year of 190 days.",
                PlainWords.likeEveryWeek(2, 10));
        assertEquals("", PlainWords.likeEveryWeek(0, 10));
    }

    @Test
    void codesAreReasonsInWords() {
        assertEquals("illness", PlainWords.reason("I"));
        assertEquals("medical or dental appointments", PlainWords.reason("M"));
        assertEquals("absence (code Q9)", PlainWords.reason("Q9"));
    }
}
