package org.rollcall.casework.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.reporting.sef.InterventionImpact;
import org.rollcall.reporting.sef.InterventionImpactSource;
import org.rollcall.school.School;

/**
 * The measured impact of the school's interventions for the SEF section: attendance over the 4 school
 * weeks before and after each type, as {@code GET .../interventions/impact} gives it, with types of
 * fewer than 5 pupils left out because the SEF leaves the school.
 */
@ApplicationScoped
public class SefImpactSource implements InterventionImpactSource {
    static final int WEEKS = 4;

    @Inject
    ImpactService impact;

    @Override
    public Optional<InterventionImpact> impact(School school, DateWindow window) {
        List<ImpactFigure> shown = impact.impact(school, window.from(), window.to(), WEEKS).stream()
                .map(ImpactFigure::forGovernors)
                .filter(f -> !f.suppressed() && f.meanChangePoints().isPresent())
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<InterventionImpact.Row> rows = shown.stream()
                .map(f -> new InterventionImpact.Row(
                        words(f),
                        f.pupils(),
                        percent(f.meanBefore()),
                        percent(f.meanAfter()),
                        points(f.meanChangePoints().orElseThrow())))
                .toList();
        List<String> paragraphs = shown.stream()
                .map(f -> words(f) + ": " + f.pupils() + " pupils attended "
                        + percent(f.meanBefore()) + " over the " + WEEKS + " school weeks before and "
                        + percent(f.meanAfter())
                        + " over the " + WEEKS + " after ("
                        + points(f.meanChangePoints().orElseThrow()) + "); "
                        + f.improvedShare().map(BigDecimal::toPlainString).orElse("–") + "% of them improved.")
                .toList();
        return Optional.of(new InterventionImpact(paragraphs, rows));
    }

    private static String words(ImpactFigure f) {
        String name = f.type().name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String percent(Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse("–");
    }

    private static String points(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + change.toPlainString() + " points";
    }
}
