package org.rollcall.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a school's schedule: a run of {@code kind} {@code offsetSchoolDays} school days after
 * (negative: before) each {@code at}, reporting on {@code window}; {@code term} limits it to the
 * terms of that name (for example the SEF at the end of the summer term only).
 */
public record ScheduleEntry(
        String kind, SchedulePoint at, int offsetSchoolDays, ScheduleWindow window, Optional<String> term) {

    public ScheduleEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(window, "window");
        term = term.map(String::trim).filter(t -> !t.isEmpty());
    }

    public ScheduleEntry(String kind, SchedulePoint at, int offsetSchoolDays, ScheduleWindow window) {
        this(kind, at, offsetSchoolDays, window, Optional.empty());
    }

    boolean appliesTo(String termName) {
        return term.map(t -> t.equalsIgnoreCase(termName.trim())).orElse(true);
    }
}
