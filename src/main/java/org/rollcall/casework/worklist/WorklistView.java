package org.rollcall.casework.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.pupil.Band;
import org.rollcall.attendance.statistics.pupil.Guidance;
import org.rollcall.attendance.statistics.pupil.Track;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.trigger.Evidence;
import org.rollcall.casework.trigger.Trigger;
import org.rollcall.casework.trigger.TriggerKind;

/** The worklist as the API shows it. */
public record WorklistView(LocalDate asOf, int count, long dueCount, List<Entry> entries) {

    public record Entry(
            String upn,
            String name,
            String form,
            String yearGroup,
            Optional<BigDecimal> attendance,
            Optional<Band> band,
            Optional<Track> track,
            List<TriggerView> triggers,
            Optional<String> owner,
            Optional<Guidance> nextStep,
            Optional<LastIntervention> lastIntervention,
            boolean due) {}

    public record TriggerView(
            TriggerKind kind, String description, LocalDate since, String action, List<Evidence> evidence) {
        static TriggerView of(Trigger t) {
            return new TriggerView(t.kind(), t.kind().description(), t.since(), t.action(), t.evidence());
        }
    }

    public record LastIntervention(long id, InterventionType type, LocalDate date, Optional<String> owner) {}

    public static WorklistView of(LocalDate asOf, List<WorklistEntry> entries) {
        List<Entry> list = entries.stream().map(WorklistView::entry).toList();
        return new WorklistView(
                asOf, list.size(), list.stream().filter(Entry::due).count(), list);
    }

    private static Entry entry(WorklistEntry e) {
        return new Entry(
                e.upn(),
                e.name(),
                e.form(),
                e.yearGroup(),
                e.attendance(),
                e.band(),
                e.track(),
                e.triggers().stream().map(TriggerView::of).toList(),
                e.nextStep().map(Guidance::owner),
                e.nextStep(),
                e.lastIntervention().map(i -> new LastIntervention(i.id(), i.type(), i.on(), e.lastOwner())),
                e.due());
    }
}
