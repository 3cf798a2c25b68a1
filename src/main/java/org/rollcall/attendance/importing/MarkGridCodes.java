package org.rollcall.attendance.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.attendance.RegisterCode;

/** Numbers the register codes 1..n so a mark fits in a byte of {@link MarkGrid}; 0 means unknown. */
final class MarkGridCodes {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<RegisterCode> byNumber = new ArrayList<>();

    MarkGridCodes(Map<String, RegisterCode> codes) {
        if (codes.size() > 126) {
            throw new IllegalStateException("More register codes than a mark byte can number: " + codes.size());
        }
        for (RegisterCode code : codes.values()) {
            byNumber.add(code);
            numbers.put(code.code(), byNumber.size());
        }
    }

    int number(String code) {
        return numbers.getOrDefault(code, 0);
    }

    String code(int number) {
        return byNumber.get(number - 1).code();
    }

    boolean validOn(String code, LocalDate date) {
        return byNumber.get(number(code) - 1).validOn(date);
    }
}
