package org.rollcall.attendance.statistics.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rollcall.attendance.statistics.counting.CodeSessions;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The bottom 10% of attenders with their main reasons, which Ofsted expects a school to know
 * (seed 003, note 2). Only pupils with a possible session count. The cut is the lowest
 * {@code ceil(10%)} of them, plus anyone tied with the last one, so two pupils with the same
 * figure are never split across the line.
 */
public final class BottomAttenders {

    /** How many reason codes to give per pupil by default. */
    public static final int DEFAULT_REASONS = 3;

    private BottomAttenders() {}

    public static List<BottomAttender> of(Map<String, SessionTally> tallies) {
        return of(tallies, 10, DEFAULT_REASONS);
    }

    /**
     * @param percent the share of pupils to return (10 for Ofsted's bottom 10%)
     * @param reasons at most this many absence codes per pupil, most sessions first
     */
    public static List<BottomAttender> of(Map<String, SessionTally> tallies, int percent, int reasons) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("Percent must be 1 to 100, not " + percent);
        }
        List<Map.Entry<String, SessionTally>> measured = new ArrayList<>();
        tallies.entrySet().stream().filter(e -> e.getValue().isMeasured()).forEach(measured::add);
        Comparator<Map.Entry<String, SessionTally>> byRate = (x, y) -> compareRates(x.getValue(), y.getValue());
        measured.sort(byRate.thenComparing(Map.Entry::getKey));
        int take = (measured.size() * percent + 99) / 100;
        List<BottomAttender> bottom = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            boolean tiedWithLast = i > 0
                    && !bottom.isEmpty()
                    && compareRates(
                                    measured.get(i).getValue(),
                                    measured.get(i - 1).getValue())
                            == 0;
            if (i >= take && !tiedWithLast) {
                break;
            }
            bottom.add(attender(measured.get(i).getKey(), measured.get(i).getValue(), reasons));
        }
        return bottom;
    }

    private static int compareRates(SessionTally a, SessionTally b) {
        return Long.compare(a.attended() * b.possible(), b.attended() * a.possible());
    }

    private static BottomAttender attender(String upn, SessionTally t, int reasons) {
        List<CodeSessions> main = t.codeSessions().stream()
                .filter(c -> c.category().isAbsence())
                .sorted(Comparator.comparingLong(CodeSessions::sessions)
                        .reversed()
                        .thenComparing(CodeSessions::code))
                .limit(reasons)
                .toList();
        return new BottomAttender(
                upn,
                t.possible(),
                t.attended(),
                Percent.of(t.attended(), t.possible()).orElseThrow(),
                t.absent(),
                main);
    }
}
