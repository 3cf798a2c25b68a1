package org.rollcall.attendance.statistics.population;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The figures of one group, and its gap to the rest of the population. A suppressed group carries
 * no figures, no pupil count and no gap, only a note saying why.
 *
 * @param group the group's value, e.g. "7", "Yes", "K"
 * @param label for people, e.g. "Year 7", "FSM", "SEN support"
 * @param gapToRest empty when there is no rest (everyone is in this group) or when suppressed
 */
public record GroupSummary(
        GroupBy by,
        String group,
        String label,
        boolean suppressed,
        OptionalInt pupils,
        Optional<AttendanceSummary> figures,
        Optional<GroupGap> gapToRest,
        Optional<String> note) {}
