package org.rollcall.casework.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.policy.SchoolPolicyStore;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.pupil.Band;
import org.rollcall.attendance.statistics.pupil.BandLimits;
import org.rollcall.attendance.statistics.pupil.ProcessMapGuidance;
import org.rollcall.attendance.statistics.pupil.Track;
import org.rollcall.attendance.statistics.pupil.TrackRule;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.SchoolSessions;
import org.rollcall.casework.intervention.Intervention;
import org.rollcall.casework.intervention.InterventionRepository;
import org.rollcall.casework.trigger.CaseworkRules;
import org.rollcall.casework.trigger.PupilCase;
import org.rollcall.casework.trigger.PupilSessions;
import org.rollcall.casework.trigger.Trigger;
import org.rollcall.school.School;
import org.rollcall.school.SchoolCalendar;
import org.rollcall.school.SchoolRepository;

/**
 * The worklist for a whole school as of a date: load the roll, the cached registers from the start
 * of the previous academic year (the penalty threshold may look back over the summer), the
 * interventions and the calendar once; then work out each pupil's triggers in memory.
 */
@ApplicationScoped
public class CaseworkService {

    @Inject
    SchoolSessions sessions;

    @Inject
    InterventionRepository interventions;

    @Inject
    SchoolRepository schools;

    @Inject
    SchoolPolicyStore policies;

    private final ProcessMapGuidance guidance = ProcessMapGuidance.standard();

    /** What every pupil's entry is worked out with, read once for the school. */
    private record SchoolContext(
            Map<Long, List<Intervention>> history,
            Map<String, String> names,
            Optional<Predicate<LocalDate>> open,
            BandLimits limits,
            CaseworkRules rules,
            LocalDate asOf) {}

    /** Pupils on roll on {@code asOf} with at least one open trigger, those due first, then the most recent trigger. */
    public List<WorklistEntry> worklist(School school, LocalDate asOf) {
        LocalDate yearStart = AcademicCalendar.academicYearStart(asOf);
        SchoolSessions.Loaded loaded = sessions.load(school.getId(), DateWindow.of(yearStart.minusYears(1), asOf));
        BandLimits limits = policies.of(school.getId()).bands();
        SchoolContext context = new SchoolContext(
                byPupil(interventions.ofSchool(school, LocalDate.of(1900, 1, 1), asOf, Optional.empty())),
                interventions.names(school),
                openDays(schools.calendar(school), DateWindow.of(yearStart, asOf)),
                limits,
                CaseworkRules.standard(limits),
                asOf);
        List<WorklistEntry> entries = new ArrayList<>();
        for (RollPupil pupil : loaded.roll()) {
            if (pupil.spells().stream().anyMatch(s -> s.covers(asOf))) {
                entry(pupil, loaded.sessionsOf(pupil), context).ifPresent(entries::add);
            }
        }
        entries.sort(Comparator.comparing((WorklistEntry e) -> !e.due())
                .thenComparing(Comparator.comparing(WorklistEntry::latestSince).reversed())
                .thenComparing(WorklistEntry::upn));
        return entries;
    }

    private Optional<WorklistEntry> entry(RollPupil pupil, PupilSessions marks, SchoolContext context) {
        LocalDate asOf = context.asOf();
        List<Intervention> done = context.history().getOrDefault(pupil.id(), List.of());
        LocalDate yearStart = AcademicCalendar.academicYearStart(asOf);
        SessionTally yearToDate = marks.tally(yearStart, asOf);
        var weekly = marks.weekly(yearStart, asOf);
        List<CaseEvent> events = done.stream().map(Intervention::event).toList();
        List<Trigger> triggers =
                context.rules().triggers(new PupilCase(marks, yearToDate, weekly, events, context.open()), asOf);
        if (triggers.isEmpty()) {
            return Optional.empty();
        }
        Optional<Band> band = context.limits().bandOf(yearToDate);
        Optional<Track> track = TrackRule.DEFAULT.trackOf(weekly);
        Optional<Intervention> last = done.stream()
                .max(Comparator.comparing(Intervention::getOccurredOn).thenComparing(Intervention::getId));
        Optional<CaseEvent> lastEvent = last.map(Intervention::event);
        String name = context.names().getOrDefault(pupil.upn(), "");
        return Optional.of(new WorklistEntry(
                pupil.upn(),
                name,
                pupil.profile().form(),
                pupil.profile().yearGroup(),
                Percent.of(yearToDate.attended(), yearToDate.possible()),
                band,
                track,
                triggers,
                band.map(b -> guidance.guidanceFor(b, track.orElse(Track.FALLING))),
                lastEvent,
                last.map(Intervention::getOwner),
                WorklistEntry.isDue(triggers, lastEvent)));
    }

    // the calendar's answer for each day, worked out once for the whole school rather than per pupil
    private static Optional<Predicate<LocalDate>> openDays(SchoolCalendar calendar, DateWindow window) {
        if (!calendar.isDefined()) {
            return Optional.empty();
        }
        long first = window.from().toEpochDay();
        boolean[] open = new boolean[(int) (window.to().toEpochDay() - first + 1)];
        for (int d = 0; d < open.length; d++) {
            open[d] = calendar.isOpen(LocalDate.ofEpochDay(first + d));
        }
        return Optional.of(date -> window.contains(date) && open[(int) (date.toEpochDay() - first)]);
    }

    private static Map<Long, List<Intervention>> byPupil(List<Intervention> all) {
        Map<Long, List<Intervention>> map = new HashMap<>();
        all.forEach(i -> map.computeIfAbsent(i.getPupil().getId(), id -> new ArrayList<>())
                .add(i));
        return map;
    }
}
