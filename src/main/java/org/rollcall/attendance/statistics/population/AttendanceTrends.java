package org.rollcall.attendance.statistics.population;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The weekly trend and the day-of-week pattern of a population, from per-week or per-weekday
 * tallies (summed over pupils with {@link #sumByKey}, or straight from a SQL GROUP BY).
 */
public final class AttendanceTrends {

    private AttendanceTrends() {}

    /** One point per week that has marks, oldest first. */
    public static List<TrendPoint> weekly(SortedMap<LocalDate, SessionTally> weeks) {
        List<TrendPoint> points = new ArrayList<>(weeks.size());
        weeks.forEach((monday, t) -> {
            if (t.isMeasured()) {
                points.add(TrendPoint.of(monday.toString(), t));
            }
        });
        return points;
    }

    /** Monday to Friday always (empty rate on a day without sessions), weekend days only if marked. */
    public static List<TrendPoint> byDayOfWeek(Map<DayOfWeek, SessionTally> days) {
        List<TrendPoint> points = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            SessionTally t = days.getOrDefault(day, SessionTally.EMPTY);
            if (day.getValue() <= 5 || t.isMeasured()) {
                points.add(TrendPoint.of(day.name(), t));
            }
        }
        return points;
    }

    /** Adds the pupils' per-week (or per-day) tallies up into the population's. */
    public static <K extends Comparable<K>> SortedMap<K, SessionTally> sumByKey(
            Collection<? extends Map<K, SessionTally>> perPupil) {
        Map<K, SessionTally.Builder> builders = new TreeMap<>();
        for (Map<K, SessionTally> pupil : perPupil) {
            pupil.forEach((k, t) ->
                    builders.computeIfAbsent(k, x -> SessionTally.builder()).addAll(t));
        }
        TreeMap<K, SessionTally> sums = new TreeMap<>();
        builders.forEach((k, b) -> sums.put(k, b.build()));
        return sums;
    }

    /** Convenience for day-of-week maps. */
    public static Map<DayOfWeek, SessionTally> sumByDay(Collection<? extends Map<DayOfWeek, SessionTally>> perPupil) {
        Map<DayOfWeek, SessionTally> days = new EnumMap<>(DayOfWeek.class);
        days.putAll(sumByKey(perPupil));
        return days;
    }
}
