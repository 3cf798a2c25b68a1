package org.rollcall.casework.intervention;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;

/** An intervention as the API shows it. */
public record InterventionView(
        long id,
        String upn,
        InterventionType type,
        LocalDate date,
        String owner,
        Optional<String> notes,
        Optional<String> outcome,
        Optional<LocalDate> reviewDate,
        Optional<LocalDate> improvementPeriodEnds,
        Optional<String> parent,
        Optional<PenaltyStatus> penaltyStatus,
        String recordedBy,
        LocalDateTime recordedAt) {

    public static InterventionView of(Intervention i) {
        InterventionFields f = i.fields();
        return new InterventionView(
                i.getId(),
                i.getPupil().getUpn(),
                f.type(),
                f.date(),
                f.owner(),
                f.notes(),
                f.outcome(),
                f.reviewDate(),
                f.improvementPeriodEnds(),
                f.parent(),
                f.penaltyStatus(),
                i.getRecordedBy(),
                i.getRecordedAt());
    }
}
