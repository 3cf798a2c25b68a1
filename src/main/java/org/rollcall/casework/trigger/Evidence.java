package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence for a trigger: a session (date, AM or PM, its code), a day, or a week
 * (its Monday) with a figure.
 */
public record Evidence(LocalDate date, Optional<String> session, String detail) {

    public Evidence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(detail, "detail");
    }

    public static Evidence session(LocalDate date, boolean pm, String code) {
        return new Evidence(date, Optional.of(pm ? "PM" : "AM"), code);
    }

    public static Evidence of(LocalDate date, String detail) {
        return new Evidence(date, Optional.empty(), detail);
    }
}
