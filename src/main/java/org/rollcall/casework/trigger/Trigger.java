package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A trigger that is open for a pupil.
 *
 * @param since the day the trigger was met (the 10th unauthorised session, the 10th day, the end of
 *     the sixth week...): an intervention recorded before this day does not answer it
 * @param action what the rules say to do next, in words for the attendance lead
 */
public record Trigger(TriggerKind kind, LocalDate since, List<Evidence> evidence, String action) {

    public Trigger {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(action, "action");
    }
}
