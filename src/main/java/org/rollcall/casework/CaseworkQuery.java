package org.rollcall.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/** Query parameters of the casework endpoints, or a 400 problem that names the parameter. */
public final class CaseworkQuery {

    private CaseworkQuery() {}

    public static Optional<LocalDate> optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw bad(name, value, "is not a date YYYY-MM-DD");
        }
    }

    public static void checkOrder(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw bad("to", to.toString(), "is before from (" + from + ")");
        }
    }

    public static Optional<InterventionType> optionalType(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InterventionType.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw bad("type", value, "is not one of " + Arrays.toString(InterventionType.values()));
        }
    }

    public static int weeks(String value, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int weeks = Integer.parseInt(value.trim());
            if (weeks >= 1 && weeks <= 26) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw bad("weeks", value, "must be a whole number of school weeks from 1 to 26");
    }

    /** {@code audience}: {@code staff} (default) or {@code governors}. */
    public static boolean governors(String audience) {
        if (audience == null || audience.isBlank() || audience.trim().equalsIgnoreCase("staff")) {
            return false;
        }
        if (audience.trim().equalsIgnoreCase("governors")) {
            return true;
        }
        throw bad("audience", audience, "must be staff or governors");
    }

    private static ProblemException bad(String name, String value, String reason) {
        return new ProblemException(
                400,
                "Bad request",
                "The query parameter '" + name + "' " + reason,
                java.util.List.of(Problem.FieldError.of(name, value, reason)));
    }
}
