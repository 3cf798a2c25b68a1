package org.rollcall.platform;

import java.util.List;

/**
 * An RFC 9457 problem body ({@code application/problem+json}): what went wrong, in words an
 * office could act on, and for file imports every error with its line, field and value.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One thing wrong in a request or a file: where (file, line, field), what was given and why it is refused. */
    public record FieldError(String file, Long line, String field, String value, String reason) {

        public static FieldError of(String field, String value, String reason) {
            return new FieldError(null, null, field, value, reason);
        }
    }
}
