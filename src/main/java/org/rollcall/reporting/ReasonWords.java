package org.rollcall.reporting;

import java.util.Map;

/**
 * Absence codes in words for governors (DfE school attendance codes, 2024): a board reads "Illness", not "I".
 * A code not listed keeps its letter, so a new code still shows rather than vanishing.
 */
final class ReasonWords {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("I", "Illness"),
            Map.entry("M", "Medical or dental appointment"),
            Map.entry("E", "Suspended or excluded"),
            Map.entry("C", "Other authorised circumstances"),
            Map.entry("C1", "Regulated performance or employment abroad"),
            Map.entry("C2", "Part-time timetable"),
            Map.entry("R", "Religious observance"),
            Map.entry("S", "Study leave"),
            Map.entry("T", "Traveller family travelling"),
            Map.entry("J1", "Interview for employment or further education"),
            Map.entry("H", "Holiday authorised by the school"),
            Map.entry("G", "Holiday not authorised"),
            Map.entry("O", "Other unauthorised absence"),
            Map.entry("U", "Arrived after the register closed"),
            Map.entry("N", "No reason given yet"));

    private ReasonWords() {}

    static String of(String code) {
        String words = WORDS.get(code);
        return words == null ? "Code " + code : words + " (" + code + ")";
    }
}
