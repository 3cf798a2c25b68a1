package org.rollcall.casework.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.pupil.Band;
import org.rollcall.attendance.statistics.pupil.Guidance;
import org.rollcall.attendance.statistics.pupil.Track;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.trigger.Trigger;

/**
 * One pupil on the worklist as of a date.
 *
 * @param attendance year to date, in percent
 * @param nextStep the process map's guidance for the pupil's band and track
 * @param lastIntervention the latest intervention dated on or before the date
 * @param lastOwner who owned it
 * @param due a trigger was met after the last intervention (or there is none)
 */
public record WorklistEntry(
        String upn,
        String name,
        String form,
        String yearGroup,
        Optional<BigDecimal> attendance,
        Optional<Band> band,
        Optional<Track> track,
        List<Trigger> triggers,
        Optional<Guidance> nextStep,
        Optional<CaseEvent> lastIntervention,
        Optional<String> lastOwner,
        boolean due) {

    public WorklistEntry {
        triggers = List.copyOf(triggers);
    }

    /** Whether any trigger is newer than the last intervention. */
    static boolean isDue(List<Trigger> triggers, Optional<CaseEvent> last) {
        return last.isEmpty()
                || triggers.stream().anyMatch(t -> t.since().isAfter(last.get().on()));
    }

    LocalDate latestSince() {
        return triggers.stream().map(Trigger::since).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }
}
