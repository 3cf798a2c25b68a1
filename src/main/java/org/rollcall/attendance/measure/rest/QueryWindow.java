package org.rollcall.attendance.measure.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.platform.ProblemException;

/** Turns the {@code from} and {@code to} query parameters into a window, or a 400 problem that says what is wrong. */
final class QueryWindow {

    private QueryWindow() {}

    static DateWindow of(String from, String to) {
        return of("from", from, "to", to);
    }

    static DateWindow of(String fromName, String from, String toName, String to) {
        LocalDate start = date(fromName, from);
        LocalDate end = date(toName, to);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest(
                    "The window ends (" + toName + "=" + end + ") before it starts (" + fromName + "=" + start + ")");
        }
        return DateWindow.of(start, end);
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("The query parameter '" + name + "' is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("The query parameter '" + name + "' is not a date YYYY-MM-DD: " + value);
        }
    }
}
