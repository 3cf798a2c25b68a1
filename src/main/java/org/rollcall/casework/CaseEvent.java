package org.rollcall.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An intervention as the rules see it: no notes, no owner, only what a rule decides on.
 *
 * @param parent for a penalty notice, the parent it was issued to
 * @param improvementEnds for a Notice to Improve, the last day of the improvement period
 */
public record CaseEvent(
        long id,
        InterventionType type,
        LocalDate on,
        Optional<String> parent,
        Optional<PenaltyStatus> penaltyStatus,
        Optional<LocalDate> improvementEnds) {

    public CaseEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(penaltyStatus, "penaltyStatus");
        Objects.requireNonNull(improvementEnds, "improvementEnds");
    }

    public static CaseEvent of(long id, InterventionType type, LocalDate on) {
        return new CaseEvent(id, type, on, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
