package org.rollcall.reporting.sef;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.evaluation.plan.ActionView;

/**
 * Everything the SEF attendance section says, as values: three academic years of figures (oldest
 * first, the last one the year asked for), the pupil groups over those years, the comparison of the
 * year asked for with the same weeks of the year before, the action plan, the measured impact of
 * interventions (when casework supplies it) and the latest closed self-evaluation. Built by
 * {@link SefAssembler}; {@link SefLayout} turns it into the headings, paragraphs and tables both
 * writers print.
 */
public record SefSection(
        String schoolName,
        String urn,
        String phase,
        LocalDate producedOn,
        List<YearFigures> years,
        PeriodComparison sameWeeksLastYear,
        List<GroupTrend> groups,
        List<ActionView> actions,
        Optional<InterventionImpact> impact,
        Optional<SefJudgement> judgement) {

    public SefSection {
        years = List.copyOf(years);
        groups = List.copyOf(groups);
        actions = List.copyOf(actions);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("A SEF section needs at least one academic year");
        }
    }

    /** The academic year asked for (the newest of the three). */
    public YearFigures latest() {
        return years.get(years.size() - 1);
    }

    public String title() {
        return "Attendance: SEF evidence " + latest().year() + ", " + schoolName;
    }
}
