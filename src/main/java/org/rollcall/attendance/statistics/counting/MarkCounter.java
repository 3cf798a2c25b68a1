package org.rollcall.attendance.statistics.counting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rollcall.attendance.AttendanceCategory;

/**
 * Counts one pupil's marks into a {@link SessionTally} for a window, in one pass, together with
 * the same counts per week (keyed by the week's Monday) and per day of the week.
 *
 * <p>Marks outside the window, or on a day the pupil was not on roll, are ignored: a joiner counts
 * from admission, a leaver up to the leaving date. Every code is checked against the code book even
 * when ignored, so an unknown code always fails the import. Two marks for the same session are an
 * error rather than a silent double count.
 */
public final class MarkCounter {

    private final CodeBook codeBook;
    private final DateWindow window;
    private final OnRoll onRoll;
    private final SessionTally.Builder total = SessionTally.builder();
    private final Map<LocalDate, SessionTally.Builder> weeks = new TreeMap<>();
    private final Map<DayOfWeek, SessionTally.Builder> days = new EnumMap<>(DayOfWeek.class);
    private final BitSet seen = new BitSet();

    public MarkCounter(CodeBook codeBook, DateWindow window, OnRoll onRoll) {
        this.codeBook = Objects.requireNonNull(codeBook, "codeBook");
        this.window = Objects.requireNonNull(window, "window");
        this.onRoll = Objects.requireNonNull(onRoll, "onRoll");
    }

    /**
     * @return this counter
     * @throws IllegalArgumentException for an unknown code, or a second mark for the same session
     */
    public MarkCounter count(String code, LocalDate date, Session session) {
        AttendanceCategory category = codeBook.categoryOf(code, date);
        if (!window.contains(date) || !onRoll.isOnRoll(date)) {
            return this;
        }
        int slot = Math.toIntExact(ChronoUnit.DAYS.between(window.from(), date) * 2 + session.ordinal());
        if (seen.get(slot)) {
            throw new IllegalArgumentException("Two marks for the " + session + " session of " + date);
        }
        seen.set(slot);
        total.add(code, category, 1);
        weeks.computeIfAbsent(AcademicCalendar.weekStart(date), k -> SessionTally.builder())
                .add(code, category, 1);
        days.computeIfAbsent(date.getDayOfWeek(), k -> SessionTally.builder()).add(code, category, 1);
        return this;
    }

    public SessionTally tally() {
        return total.build();
    }

    /** Counts per week, keyed by the Monday of the week; weeks without marks are absent. */
    public SortedMap<LocalDate, SessionTally> weekly() {
        TreeMap<LocalDate, SessionTally> map = new TreeMap<>();
        weeks.forEach((k, v) -> map.put(k, v.build()));
        return Collections.unmodifiableSortedMap(map);
    }

    public Map<DayOfWeek, SessionTally> byDayOfWeek() {
        Map<DayOfWeek, SessionTally> map = new EnumMap<>(DayOfWeek.class);
        days.forEach((k, v) -> map.put(k, v.build()));
        return Collections.unmodifiableMap(map);
    }
}
