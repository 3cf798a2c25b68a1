package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.InterventionType;

/**
 * A Notice to Improve whose improvement period has ended without improvement is due for the next
 * decision. Improvement here means no unauthorised absence during the improvement period (the
 * notice's date to the end of its period), the plain test a parent can be told in the notice.
 * A penalty notice or prosecution recorded on or after the notice answers it.
 */
final class NoticeToImproveReview {

    private NoticeToImproveReview() {}

    /** The latest Notice to Improve, if any. */
    static Optional<CaseEvent> latestNotice(List<CaseEvent> history) {
        return history.stream()
                .filter(e -> e.type() == InterventionType.NOTICE_TO_IMPROVE)
                .max(Comparator.comparing(CaseEvent::on).thenComparing(CaseEvent::id));
    }

    /** The unauthorised sessions of an ended period without a decision since; empty when improved or answered. */
    static Optional<PenaltyThreshold.Crossing> endedWithoutImprovement(
            PupilSessions pupil, List<CaseEvent> history, LocalDate asOf) {
        Optional<CaseEvent> notice = latestNotice(history);
        if (notice.isEmpty() || notice.get().improvementEnds().isEmpty()) {
            return Optional.empty();
        }
        LocalDate ends = notice.get().improvementEnds().get();
        boolean answered = history.stream()
                .anyMatch(e -> !e.on().isBefore(notice.get().on())
                        && (e.type() == InterventionType.PENALTY_NOTICE || e.type() == InterventionType.PROSECUTION));
        if (!asOf.isAfter(ends) || answered) {
            return Optional.empty();
        }
        List<Evidence> absences = new ArrayList<>();
        for (int s = pupil.slotOf(notice.get().on()); s < pupil.slotOf(ends.plusDays(1)); s++) {
            if (pupil.isUnauthorised(s)) {
                absences.add(Evidence.session(pupil.dateOf(s), pupil.isPm(s), pupil.codeAt(s)));
            }
        }
        return absences.isEmpty()
                ? Optional.empty()
                : Optional.of(new PenaltyThreshold.Crossing(ends.plusDays(1), absences));
    }
}
