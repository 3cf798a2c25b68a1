package org.rollcall.casework.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.casework.SchoolSessions;
import org.rollcall.casework.intervention.Intervention;
import org.rollcall.casework.intervention.InterventionRepository;
import org.rollcall.school.School;

/**
 * Impact of the interventions dated in a window: each pupil's first intervention of each type in the
 * window, measured over the school weeks around it from the cached registers (up to today).
 */
@ApplicationScoped
public class ImpactService {

    @Inject
    InterventionRepository interventions;

    @Inject
    SchoolSessions sessions;

    @Inject
    Clock clock;

    public List<ImpactFigure> impact(School school, LocalDate from, LocalDate to, int weeks) {
        List<Intervention> firsts = firstOfEachType(interventions.ofSchool(school, from, to, Optional.empty()));
        if (firsts.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        // enough weeks back to find N school weeks across a summer holiday
        DateWindow window = DateWindow.of(from.minusWeeks(2L * weeks + 8), today.isAfter(to) ? today : to);
        SchoolSessions.Loaded loaded = sessions.load(school.getId(), window);
        Map<Long, RollPupil> roll =
                loaded.roll().stream().collect(Collectors.toMap(RollPupil::id, Function.identity()));
        List<ImpactCalculator.Case> cases = new ArrayList<>();
        for (Intervention i : firsts) {
            RollPupil pupil = roll.get(i.getPupil().getId());
            if (pupil != null) {
                cases.add(new ImpactCalculator.Case(i.getType(), i.getOccurredOn(), loaded.sessionsOf(pupil)));
            }
        }
        return new ImpactCalculator(weeks).impact(cases);
    }

    private static List<Intervention> firstOfEachType(List<Intervention> oldestFirst) {
        Set<String> seen = new HashSet<>();
        return oldestFirst.stream()
                .filter(i -> seen.add(i.getPupil().getId() + " " + i.getType()))
                .toList();
    }
}
