package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * One pupil's sessions day by day over a window (it may span academic years), as the rules that
 * look at single sessions need them: the code and category of each AM and PM mark, and whether the
 * pupil was on roll that day. Marks on days off roll are dropped when built.
 *
 * <p>A <em>school week</em> for the pupil is a Monday-based week with at least one possible
 * session, so half-terms, holidays and weeks off roll are not school weeks.
 */
public final class PupilSessions {

    private final DateWindow window;
    private final String[] codes;
    private final AttendanceCategory[] categories;
    private final boolean[] onRoll;
    // each slot's (code, category) as a small number, so counting a window is an array walk
    private final short[] kinds;
    private final List<String> kindCodes;
    private final List<AttendanceCategory> kindCategories;

    private PupilSessions(Builder b) {
        this.window = b.window;
        this.codes = b.codes;
        this.categories = b.categories;
        this.onRoll = b.onRoll;
        this.kinds = b.kinds;
        this.kindCodes = List.copyOf(b.kindCodes);
        this.kindCategories = List.copyOf(b.kindCategories);
        for (int day = 0; day < onRoll.length; day++) {
            if (!onRoll[day]) {
                codes[day * 2] = codes[day * 2 + 1] = null;
                categories[day * 2] = categories[day * 2 + 1] = null;
                kinds[day * 2] = kinds[day * 2 + 1] = 0;
            }
        }
    }

    public static Builder builder(DateWindow window) {
        return new Builder(window);
    }

    public DateWindow window() {
        return window;
    }

    /** Sessions in the window: two a day, AM then PM. */
    public int slots() {
        return codes.length;
    }

    public LocalDate dateOf(int slot) {
        return window.from().plusDays(slot / 2);
    }

    public boolean isPm(int slot) {
        return slot % 2 == 1;
    }

    /** The slot of a date's AM session, clamped to the window. */
    public int slotOf(LocalDate date) {
        long day = date.toEpochDay() - window.from().toEpochDay();
        return (int) Math.max(0, Math.min(codes.length, day * 2));
    }

    public String codeAt(int slot) {
        return codes[slot];
    }

    public boolean isMarked(int slot) {
        return categories[slot] != null;
    }

    public boolean isPossible(int slot) {
        return categories[slot] != null && categories[slot] != AttendanceCategory.NOT_POSSIBLE;
    }

    public boolean isUnauthorised(int slot) {
        return categories[slot] == AttendanceCategory.UNAUTHORISED;
    }

    public boolean isAbsent(int slot) {
        return categories[slot] == AttendanceCategory.UNAUTHORISED || categories[slot] == AttendanceCategory.AUTHORISED;
    }

    public boolean isAttended(int slot) {
        return categories[slot] == AttendanceCategory.PRESENT
                || categories[slot] == AttendanceCategory.APPROVED_ACTIVITY;
    }

    public boolean onRoll(LocalDate date) {
        return window.contains(date)
                && onRoll[(int) (date.toEpochDay() - window.from().toEpochDay())];
    }

    /** Whether the pupil was on roll on the day of this slot. */
    public boolean onRollAt(int slot) {
        return onRoll[slot / 2];
    }

    /**
     * For each slot, the number of the pupil's school week it falls in (0 for the first school week
     * of the window); slots in weeks that are not school weeks get the number of the next one.
     */
    public int[] schoolWeekOfSlot() {
        int[] week = new int[codes.length];
        LocalDate monday = AcademicCalendar.weekStart(window.from());
        int ordinal = -1;
        for (; !monday.isAfter(window.to()); monday = monday.plusWeeks(1)) {
            int first = slotOf(monday);
            int end = slotOf(monday.plusWeeks(1));
            boolean school = false;
            for (int s = first; s < end && !school; s++) {
                school = isPossible(s);
            }
            ordinal += school ? 1 : 0;
            for (int s = first; s < end; s++) {
                week[s] = school ? ordinal : ordinal + 1;
            }
        }
        return week;
    }

    /** The pupil's marks from {@code from} to {@code to} (clamped to the window) added up per code. */
    public SessionTally tally(LocalDate from, LocalDate to) {
        long[] counts = new long[kindCodes.size() + 1];
        for (int s = slotOf(from); s < slotOf(to.plusDays(1)); s++) {
            counts[kinds[s]]++;
        }
        SessionTally.Builder b = SessionTally.builder();
        for (int k = 1; k < counts.length; k++) {
            b.add(kindCodes.get(k - 1), kindCategories.get(k - 1), counts[k]);
        }
        return b.build();
    }

    /** The same, per Monday-based week (keyed by Monday); weeks without a mark are left out, as the statistics do. */
    public SortedMap<LocalDate, SessionTally> weekly(LocalDate from, LocalDate to) {
        SortedMap<LocalDate, SessionTally> weeks = new TreeMap<>();
        for (LocalDate monday = AcademicCalendar.weekStart(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(to) ? to : monday.plusDays(6);
            SessionTally week = tally(first, last);
            if (!week.codeSessions().isEmpty()) {
                weeks.put(monday, week);
            }
        }
        return weeks;
    }

    /** Collects marks; days are off roll until {@link #onRoll(LocalDate)} says otherwise. */
    public static final class Builder {
        private final DateWindow window;
        private final String[] codes;
        private final AttendanceCategory[] categories;
        private final boolean[] onRoll;
        private final short[] kinds;
        private final List<String> kindCodes = new ArrayList<>();
        private final List<AttendanceCategory> kindCategories = new ArrayList<>();
        private final Map<String, Map<AttendanceCategory, Short>> kindOf = new HashMap<>();

        private Builder(DateWindow window) {
            this.window = Objects.requireNonNull(window, "window");
            int days = (int) (window.to().toEpochDay() - window.from().toEpochDay() + 1);
            this.codes = new String[days * 2];
            this.categories = new AttendanceCategory[days * 2];
            this.onRoll = new boolean[days];
            this.kinds = new short[days * 2];
        }

        public Builder mark(LocalDate date, boolean pm, String code, AttendanceCategory category) {
            int slot = slot(date) + (pm ? 1 : 0);
            codes[slot] = Objects.requireNonNull(code, "code");
            categories[slot] = Objects.requireNonNull(category, "category");
            kinds[slot] = kindOf.computeIfAbsent(code, c -> new EnumMap<>(AttendanceCategory.class))
                    .computeIfAbsent(category, c -> newKind(code, category));
            return this;
        }

        private short newKind(String code, AttendanceCategory category) {
            kindCodes.add(code);
            kindCategories.add(category);
            return (short) kindCodes.size();
        }

        /** The pupil was on roll on these days (both ends inclusive, clamped to the window). */
        public Builder onRoll(LocalDate from, LocalDate to) {
            long first = Math.max(from.toEpochDay(), window.from().toEpochDay());
            long last = Math.min(to.toEpochDay(), window.to().toEpochDay());
            for (long d = first; d <= last; d++) {
                onRoll[(int) (d - window.from().toEpochDay())] = true;
            }
            return this;
        }

        public Builder onRollThroughout() {
            return onRoll(window.from(), window.to());
        }

        private int slot(LocalDate date) {
            if (!window.contains(date)) {
                throw new IllegalArgumentException(date + " is outside " + window.from() + " to " + window.to());
            }
            return (int) (date.toEpochDay() - window.from().toEpochDay()) * 2;
        }

        public PupilSessions build() {
            return new PupilSessions(this);
        }
    }
}
