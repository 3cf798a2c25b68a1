package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;

/**
 * At most {@code notices} (two) penalty notices per parent per child in a rolling {@code period}
 * (three years); after that the framework points to other action (prosecution, an education
 * supervision order). Withdrawn notices do not count. Parents are matched by name, ignoring case
 * and surrounding spaces.
 */
public record PenaltyNoticeLimit(int notices, Period period) {

    public static final PenaltyNoticeLimit DEFAULT = new PenaltyNoticeLimit(2, Period.ofYears(3));

    /** The parents of this child who have already had the limit of notices in the period before {@code asOf}. */
    public List<String> parentsAtLimit(List<CaseEvent> history, LocalDate asOf) {
        LocalDate from = asOf.minus(period);
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CaseEvent e : history) {
            boolean counted = e.type() == InterventionType.PENALTY_NOTICE
                    && e.parent().isPresent()
                    && e.penaltyStatus().orElse(PenaltyStatus.ISSUED) != PenaltyStatus.WITHDRAWN
                    && e.on().isAfter(from)
                    && !e.on().isAfter(asOf);
            if (counted) {
                String key = e.parent().get().trim().toLowerCase(Locale.ROOT);
                counts.merge(key, 1, Integer::sum);
                names.putIfAbsent(key, e.parent().get().trim());
            }
        }
        return counts.entrySet().stream()
                .filter(c -> c.getValue() >= notices)
                .map(c -> names.get(c.getKey()))
                .toList();
    }
}
