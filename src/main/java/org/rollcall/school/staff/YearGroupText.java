package org.rollcall.school.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rollcall.platform.Problem;

/**
 * Year groups as a request gives them: JSON numbers ({@code 7}) as the contract shows, or text for
 * the year groups that are not numbers ({@code "R"}, {@code "N1"}). Held as the text the pupil
 * table uses ("7", "R").
 */
public final class YearGroupText {
    private static final Pattern YEAR = Pattern.compile("R|N1|N2|[1-9]|1[0-4]");

    private YearGroupText() {}

    /** The year groups as text, or an error for each value that is not a year group, named by {@code field}. */
    public static List<String> parse(String field, List<?> values, List<Problem.FieldError> errors) {
        List<String> years = new ArrayList<>();
        for (Object value : values == null ? List.of() : values) {
            Optional<String> year = of(value);
            if (year.isPresent()) {
                years.add(year.get());
            } else {
                errors.add(Problem.FieldError.of(
                        field,
                        String.valueOf(value),
                        "not a year group: use a number 1 to 14, or \"R\", \"N1\", \"N2\""));
            }
        }
        return years;
    }

    static Optional<String> of(Object value) {
        String text;
        if (value instanceof BigDecimal n) {
            text = n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
        } else if (value instanceof Number n) {
            text = String.valueOf(n);
        } else if (value instanceof String s) {
            text = s.trim().toUpperCase(Locale.ROOT);
        } else {
            return Optional.empty();
        }
        return YEAR.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** For JSON: numbers where the year group is a number, text otherwise. */
    public static Object json(String year) {
        return year.chars().allMatch(Character::isDigit) ? (Object) Integer.valueOf(year) : year;
    }
}
