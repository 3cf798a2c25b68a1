package org.rollcall.attendance;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Unique Pupil Number, checked when it is made: 13 characters with the DfE check letter right
 * ({@link UpnValidator}). Held in capitals, as imports store it.
 */
public record Upn(String value) {
    private static final UpnValidator RULE = new UpnValidator();

    public Upn {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = RULE.problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** The UPN in this text (any case), or empty when it is not one, so no pupil can have it. */
    public static Optional<Upn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return RULE.isValid(upper) ? Optional.of(new Upn(upper)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
