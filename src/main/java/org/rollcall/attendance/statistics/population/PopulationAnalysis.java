package org.rollcall.attendance.statistics.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures for a population (a school, a year, a form) over one window: the whole, and broken
 * down by pupil group with each group's gap to the rest.
 *
 * <p>All groupings are measured in one pass over the pupils' tallies; "the rest" is the whole
 * minus the group, so no second pass is needed.
 *
 * <p>For {@link Audience#GOVERNORS}, a group with fewer than {@value #SUPPRESSION_THRESHOLD}
 * pupils is suppressed. Because the school total is shown too, a single suppressed group could be
 * worked out by subtraction, so further groups (smallest first) are suppressed until at least two
 * are and they hold {@value #SUPPRESSION_THRESHOLD} or more pupils between them, or none is left.
 */
public final class PopulationAnalysis {

    public static final int SUPPRESSION_THRESHOLD = 5;
    public static final String SMALL_GROUP_NOTE =
            "Fewer than " + SUPPRESSION_THRESHOLD + " pupils: figures not shown so no pupil can be identified.";
    public static final String COMPLEMENT_NOTE =
            "Figures not shown so that a smaller suppressed group cannot be worked out from the total.";

    private final List<PupilAttendance> pupils;
    private final Audience audience;
    private final Measures whole;

    public PopulationAnalysis(List<PupilAttendance> pupils, Audience audience) {
        this.pupils = List.copyOf(pupils);
        this.audience = audience;
        Measures.Accumulator acc = new Measures.Accumulator();
        this.pupils.forEach(p -> acc.add(p.tally()));
        this.whole = acc.toMeasures();
    }

    /** The exact counts of the whole population. */
    public Measures measures() {
        return whole;
    }

    /** The whole population's headline figures (never suppressed: it is the school's own total). */
    public AttendanceSummary summary() {
        return AttendanceSummary.of(whole);
    }

    /** Pupils by their own absence in 5% bands (counts of pupils, never who they are). */
    public AbsenceBands absenceBands() {
        return AbsenceBands.of(pupils.stream().map(PupilAttendance::tally).toList());
    }

    /** One entry per group that has at least one pupil with a possible session, in school order. */
    public List<GroupSummary> byGroup(GroupBy by) {
        return summaries(by, measure(EnumSet.of(by)).get(by));
    }

    /** Every grouping in {@link GroupBy} order, from a single pass over the pupils. */
    public Map<GroupBy, List<GroupSummary>> allGroups() {
        Map<GroupBy, List<GroupSummary>> all = new EnumMap<>(GroupBy.class);
        measure(EnumSet.allOf(GroupBy.class)).forEach((by, groups) -> all.put(by, summaries(by, groups)));
        return all;
    }

    // One pass: each pupil's tally is read once and added to its group in every grouping asked for.
    private Map<GroupBy, Map<String, Measures.Accumulator>> measure(EnumSet<GroupBy> groupings) {
        GroupBy[] bys = groupings.toArray(new GroupBy[0]);
        List<Map<String, Measures.Accumulator>> maps = new ArrayList<>(bys.length);
        for (int i = 0; i < bys.length; i++) {
            maps.add(new HashMap<>());
        }
        for (PupilAttendance p : pupils) {
            if (!p.tally().isMeasured()) {
                continue;
            }
            for (int i = 0; i < bys.length; i++) {
                maps.get(i)
                        .computeIfAbsent(bys[i].valueOf(p.profile()), k -> new Measures.Accumulator())
                        .add(p.tally());
            }
        }
        Map<GroupBy, Map<String, Measures.Accumulator>> result = new EnumMap<>(GroupBy.class);
        for (int i = 0; i < bys.length; i++) {
            result.put(bys[i], maps.get(i));
        }
        return result;
    }

    private List<GroupSummary> summaries(GroupBy by, Map<String, Measures.Accumulator> groups) {
        Map<String, Measures> measured = new TreeMap<>(by.order());
        groups.forEach((k, acc) -> measured.put(k, acc.toMeasures()));
        Map<String, String> suppressed = audience == Audience.GOVERNORS ? suppress(measured) : Map.of();
        List<GroupSummary> list = new ArrayList<>(measured.size());
        measured.forEach((value, m) -> list.add(
                suppressed.containsKey(value)
                        ? new GroupSummary(
                                by,
                                value,
                                by.label(value),
                                true,
                                OptionalInt.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(suppressed.get(value)))
                        : shown(by, value, m)));
        return list;
    }

    private GroupSummary shown(GroupBy by, String value, Measures m) {
        Measures rest = whole.minus(m);
        Optional<GroupGap> gap = rest.pupils() > 0 ? Optional.of(GroupGap.between(m, rest)) : Optional.empty();
        return new GroupSummary(
                by,
                value,
                by.label(value),
                false,
                OptionalInt.of(m.pupils()),
                Optional.of(AttendanceSummary.of(m)),
                gap,
                Optional.empty());
    }

    /** Group value to note, for the groups governors must not see. */
    private static Map<String, String> suppress(Map<String, Measures> groups) {
        Map<String, String> notes = new HashMap<>();
        groups.forEach((k, m) -> {
            if (m.pupils() < SUPPRESSION_THRESHOLD) {
                notes.put(k, SMALL_GROUP_NOTE);
            }
        });
        if (notes.isEmpty()) {
            return notes;
        }
        List<String> others = new ArrayList<>(groups.keySet());
        others.removeAll(notes.keySet());
        others.sort(Comparator.comparingInt((String k) -> groups.get(k).pupils()));
        Set<String> hidden = new HashSet<>(notes.keySet());
        int hiddenPupils = hidden.stream().mapToInt(k -> groups.get(k).pupils()).sum();
        for (String next : others) {
            if (hidden.size() >= 2 && hiddenPupils >= SUPPRESSION_THRESHOLD) {
                break;
            }
            notes.put(next, COMPLEMENT_NOTE);
            hidden.add(next);
            hiddenPupils += groups.get(next).pupils();
        }
        return notes;
    }
}
