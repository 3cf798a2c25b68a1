package org.rollcall.school;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A school's DfE unique reference number: 5 to 8 digits, checked when it is made. */
public record Urn(String value) {
    private static final Pattern FORM = Pattern.compile("\\d{5,8}");

    public Urn {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A URN is 5 to 8 digits, not '" + value + "'");
        }
    }

    /** The URN in this text, or empty when the text is not a URN (so no school can have it). */
    public static Optional<Urn> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new Urn(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
