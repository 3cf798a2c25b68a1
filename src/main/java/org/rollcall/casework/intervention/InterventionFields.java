package org.rollcall.casework.intervention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;

/**
 * The values of one intervention, typed and checked by {@link InterventionValidator}.
 *
 * @param improvementPeriodEnds only for a Notice to Improve: the last day of its improvement period
 * @param parent only for a penalty notice: the parent it was issued to
 */
public record InterventionFields(
        InterventionType type,
        LocalDate date,
        String owner,
        Optional<String> notes,
        Optional<String> outcome,
        Optional<LocalDate> reviewDate,
        Optional<LocalDate> improvementPeriodEnds,
        Optional<String> parent,
        Optional<PenaltyStatus> penaltyStatus) {

    public InterventionFields {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(owner, "owner");
    }

    /** A plain intervention with only the required values. */
    public static InterventionFields of(InterventionType type, LocalDate date, String owner) {
        return new InterventionFields(
                type,
                date,
                owner,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
