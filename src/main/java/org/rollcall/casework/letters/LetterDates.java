package org.rollcall.casework.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a letter writes them: "Monday 6 October 2025". */
final class LetterDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private LetterDates() {}

    static String text(LocalDate date) {
        return DAY.format(date);
    }
}
