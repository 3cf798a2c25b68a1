package org.rollcall.casework.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.trigger.PupilSessions;

/**
 * Attendance before and after an intervention, per type. For a pupil's intervention on a date, the
 * week that holds the date is left out (it is partly before, partly after); "before" is the pupil's
 * last N school weeks ending before it and "after" the first N school weeks following it (weeks
 * with at least one possible session, so holidays are skipped). A pupil without N school weeks on
 * either side is left out and counted as not measured. Means are of the pupils' own rates, each
 * pupil weighing the same; rounded half-up to 2 decimals once, from the exact values.
 */
public record ImpactCalculator(int weeks) {

    private static final MathContext EXACT = MathContext.DECIMAL64;

    public ImpactCalculator {
        if (weeks < 1) {
            throw new IllegalArgumentException("Impact needs at least one week on each side");
        }
    }

    /** One pupil's intervention, with the pupil's sessions around it. */
    public record Case(InterventionType type, LocalDate date, PupilSessions sessions) {}

    public List<ImpactFigure> impact(List<Case> cases) {
        Map<InterventionType, List<BigDecimal[]>> measured = new EnumMap<>(InterventionType.class);
        Map<InterventionType, Integer> unmeasured = new EnumMap<>(InterventionType.class);
        for (Case c : cases) {
            Optional<BigDecimal[]> rates = beforeAndAfter(c);
            measured.computeIfAbsent(c.type(), t -> new ArrayList<>());
            rates.ifPresentOrElse(
                    r -> measured.get(c.type()).add(r), () -> unmeasured.merge(c.type(), 1, Integer::sum));
        }
        List<ImpactFigure> figures = new ArrayList<>();
        measured.forEach((type, rates) -> figures.add(figure(type, rates, unmeasured.getOrDefault(type, 0))));
        return figures;
    }

    private static ImpactFigure figure(InterventionType type, List<BigDecimal[]> rates, int unmeasured) {
        if (rates.isEmpty()) {
            return new ImpactFigure(
                    type, 0, unmeasured, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
        }
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        int improved = 0;
        for (BigDecimal[] r : rates) {
            before = before.add(r[0]);
            after = after.add(r[1]);
            improved += r[1].compareTo(r[0]) > 0 ? 1 : 0;
        }
        BigDecimal n = BigDecimal.valueOf(rates.size());
        BigDecimal meanBefore = before.divide(n, EXACT);
        BigDecimal meanAfter = after.divide(n, EXACT);
        return new ImpactFigure(
                type,
                rates.size(),
                unmeasured,
                Optional.of(round(meanBefore)),
                Optional.of(round(meanAfter)),
                Optional.of(round(meanAfter.subtract(meanBefore))),
                Percent.of(improved, rates.size()),
                false);
    }

    /** The pupil's attendance (percent, exact) over the N school weeks before and the N after; empty if too few. */
    Optional<BigDecimal[]> beforeAndAfter(Case c) {
        LocalDate week = AcademicCalendar.weekStart(c.date());
        List<SessionTally> before = new ArrayList<>();
        for (LocalDate m = week.minusWeeks(1);
                before.size() < weeks
                        && !m.plusDays(6).isBefore(c.sessions().window().from());
                m = m.minusWeeks(1)) {
            schoolWeek(c.sessions(), m).ifPresent(before::add);
        }
        List<SessionTally> after = new ArrayList<>();
        for (LocalDate m = week.plusWeeks(1);
                after.size() < weeks && !m.isAfter(c.sessions().window().to());
                m = m.plusWeeks(1)) {
            schoolWeek(c.sessions(), m).ifPresent(after::add);
        }
        if (before.size() < weeks || after.size() < weeks) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal[] {rate(SessionTally.sum(before)), rate(SessionTally.sum(after))});
    }

    private static Optional<SessionTally> schoolWeek(PupilSessions sessions, LocalDate monday) {
        SessionTally week = sessions.tally(monday, monday.plusDays(6));
        return week.isMeasured() ? Optional.of(week) : Optional.empty();
    }

    private static BigDecimal rate(SessionTally t) {
        return BigDecimal.valueOf(t.attended() * 100L).divide(BigDecimal.valueOf(t.possible()), EXACT);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(Percent.SCALE, RoundingMode.HALF_UP);
    }
}
