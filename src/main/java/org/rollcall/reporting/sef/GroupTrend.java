package org.rollcall.reporting.sef;

import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.population.GroupSummary;

/**
 * One pupil group (FSM, SEN support, girls, ...) across the section's academic years, oldest first:
 * the statistics engine's figures and gap to the rest for each year, empty where the school had no
 * such pupil that year. A suppressed year carries the engine's note instead of figures.
 */
public record GroupTrend(String label, List<Optional<GroupSummary>> byYear) {

    public GroupTrend {
        byYear = List.copyOf(byYear);
    }
}
