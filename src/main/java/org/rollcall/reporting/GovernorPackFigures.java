package org.rollcall.reporting;

import static org.rollcall.reporting.GovernorPackAssembler.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.PaMovement;
import org.rollcall.attendance.statistics.comparison.TargetOutcome;
import org.rollcall.attendance.statistics.comparison.TargetStatus;
import org.rollcall.attendance.statistics.population.AbsenceBands;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.ReasonFigure;
import org.rollcall.attendance.statistics.population.TrendPoint;
import org.rollcall.reporting.sef.InterventionImpact;

/**
 * The governor pack's attendance sections beyond the groups, each from an existing service: the headline against
 * the school's targets, the weekly trend beside the same weeks last year, persistent and severe absence with the
 * movement since the previous term, absence bands, absence by reason and the impact of interventions. Counts only:
 * the PA movement arrives as UPN lists and leaves here as their sizes.
 */
final class GovernorPackFigures {
    private final List<PackLine> lines = new ArrayList<>();

    List<PackLine> lines() {
        return List.copyOf(lines);
    }

    GovernorPackFigures targets(Optional<TargetOutcome> targets) {
        lines.add(PackLine.heading("Headline figures against the school's targets"));
        if (targets.isEmpty()) {
            lines.add(PackLine.text("The school has not set attendance targets in Rollcall."));
            return this;
        }
        TargetOutcome t = targets.get();
        lines.add(PackLine.columns("Measure", "Target", "Actual", "Outcome", "", "", ""));
        lines.add(PackLine.row(
                "Attendance (at least)",
                t.attendanceTarget().toPlainString() + "%",
                percent(t.attendanceActual()),
                outcome(t.attendance())));
        lines.add(PackLine.row(
                "Persistent absence (at most)",
                t.persistentAbsenceTarget().toPlainString() + "%",
                percent(t.persistentAbsenceActual()),
                outcome(t.persistentAbsence())));
        return this;
    }

    GovernorPackFigures trend(List<TrendPoint> thisYear, List<Optional<TrendPoint>> lastYear) {
        lines.add(PackLine.heading("Weekly attendance against the same weeks last year"));
        lines.add(PackLine.chart());
        lines.add(PackLine.columns("Week beginning", "This year", "Same week last year", "Change", "", "", ""));
        for (int i = 0; i < thisYear.size(); i++) {
            TrendPoint now = thisYear.get(i);
            Optional<BigDecimal> then = lastYear.get(i).flatMap(TrendPoint::attendanceRate);
            lines.add(PackLine.row(
                    weekLabel(now.label()),
                    percent(now.attendanceRate()),
                    percent(then),
                    now.attendanceRate()
                            .flatMap(n -> then.map(n::subtract))
                            .map(GovernorPackSections::points)
                            .orElse("–")));
        }
        return this;
    }

    GovernorPackFigures persistentAbsence(
            AttendanceSummary s, Optional<String> previousTerm, Optional<PaMovement> movement) {
        lines.add(PackLine.heading("Persistent and severe absence"));
        lines.add(PackLine.columns("Measure", "Pupils", "Rate", "", "", "", ""));
        lines.add(PackLine.row(
                "Persistent absence (missing 10% or more)",
                String.valueOf(s.persistentAbsentees()), percent(s.persistentAbsenceRate())));
        lines.add(PackLine.row(
                "Severe absence (missing 50% or more)",
                String.valueOf(s.severeAbsentees()), percent(s.severeAbsenceRate())));
        if (movement.isEmpty() || previousTerm.isEmpty()) {
            lines.add(PackLine.text("Movement since the previous term: the school's calendar has no earlier term."));
            return this;
        }
        PaMovement m = movement.get();
        lines.add(PackLine.text("Movement since the " + previousTerm.get() + " (numbers of pupils):"));
        lines.add(PackLine.columns("Movement", "Pupils", "", "", "", "", ""));
        lines.add(PackLine.row("New to persistent absence", String.valueOf(m.newToPaCount())));
        lines.add(PackLine.row("No longer persistently absent", String.valueOf(m.leftPaCount())));
        lines.add(PackLine.row("Persistently absent in both", String.valueOf(m.stayedPaCount())));
        lines.add(PackLine.row(
                "Persistently absent then, not on roll now",
                String.valueOf(m.paNoLongerMeasured().size())));
        return this;
    }

    GovernorPackFigures bands(AbsenceBands bands) {
        lines.add(PackLine.heading("Absence bands"));
        lines.add(PackLine.text("Pupils by their own absence, as the DfE's attendance service shows them: "
                + bands.pupils() + " pupils with at least " + AbsenceBands.MINIMUM_POSSIBLE + " possible sessions."));
        lines.add(PackLine.columns("Absence", "Pupils", "Share of pupils", "", "", "", ""));
        for (AbsenceBands.Band b : bands.bands()) {
            lines.add(PackLine.row(b.label(), String.valueOf(b.pupils()), percent(b.share())));
        }
        return this;
    }

    GovernorPackFigures reasons(List<ReasonFigure> reasons) {
        lines.add(PackLine.heading("Absence by reason"));
        if (reasons.isEmpty()) {
            lines.add(PackLine.text("No absence was recorded in the period."));
            return this;
        }
        lines.add(PackLine.columns(
                "Reason", "Sessions", "Rate of possible sessions", "Share of all absence", "", "", ""));
        for (ReasonFigure r : reasons) {
            lines.add(PackLine.row(
                    ReasonWords.of(r.code()),
                    String.valueOf(r.sessions()),
                    percent(r.rateOfPossibleSessions()),
                    percent(r.shareOfAbsence())));
        }
        return this;
    }

    /** Left out altogether when the school has recorded no intervention the governors may see. */
    GovernorPackFigures interventions(Optional<InterventionImpact> impact) {
        impact.ifPresent(i -> {
            lines.add(PackLine.heading("Interventions and their impact"));
            lines.add(PackLine.columns(
                    "Intervention", "Pupils", "Attendance before", "Attendance after", "Change", "", ""));
            i.rows()
                    .forEach(r -> lines.add(PackLine.row(
                            r.intervention(),
                            String.valueOf(r.pupils()),
                            r.attendanceBefore(),
                            r.attendanceAfter(),
                            r.change())));
            lines.add(PackLine.text("Types of intervention with fewer than 5 pupils are not shown."));
        });
        return this;
    }

    private static String outcome(TargetStatus status) {
        return switch (status) {
            case MET -> "met";
            case NOT_MET -> "not met";
            case NO_DATA -> "no figures yet";
        };
    }

    static String weekLabel(String monday) {
        return GovernorPackAssembler.LONG_DATE.format(java.time.LocalDate.parse(monday));
    }
}
