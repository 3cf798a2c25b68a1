package org.rollcall.attendance.measure.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Counts pupils' marks inside one window into the engine's {@link SessionTally}s: the whole window,
 * per week (keyed by Monday) or per day of the week. A mark counts only on a day inside one of the
 * pupil's enrolment spells, so a joiner counts from admission and a leaver to the leaving date.
 *
 * <p>Counting walks the compact registers: per pupil one array read per session of the window.
 */
public final class RegisterWindow {

    private final DateWindow window;
    private final List<YearRegister> registers;
    private final int[] firstKind;
    private final int kinds;

    /** @param registers the school's registers for every academic year the window touches */
    public RegisterWindow(DateWindow window, List<YearRegister> registers) {
        this.window = window;
        this.registers = List.copyOf(registers);
        this.firstKind = new int[this.registers.size()];
        int k = 0;
        for (int i = 0; i < this.registers.size(); i++) {
            firstKind[i] = k;
            k += this.registers.get(i).kinds();
        }
        this.kinds = k;
    }

    /** The academic years (their 1 September) whose registers a window needs. */
    public static List<LocalDate> yearStartsOf(DateWindow window) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = AcademicCalendar.academicYearStart(window.from());
                !s.isAfter(window.to());
                s = s.plusYears(1)) {
            starts.add(s);
        }
        return starts;
    }

    public DateWindow window() {
        return window;
    }

    public SessionTally tally(RollPupil pupil) {
        long[][] counts = new long[1][kinds];
        count(pupil, day -> 0, counts);
        return tally(counts[0]);
    }

    public SortedMap<LocalDate, SessionTally> weekly(RollPupil pupil) {
        return weekly(List.of(pupil));
    }

    /** The pupils' marks added up per week; weeks without a mark are left out. */
    public SortedMap<LocalDate, SessionTally> weekly(Collection<RollPupil> pupils) {
        LocalDate firstMonday = AcademicCalendar.weekStart(window.from());
        long mondayDay = firstMonday.toEpochDay();
        long[][] counts = new long[(int) ((window.to().toEpochDay() - mondayDay) / 7 + 1)][kinds];
        pupils.forEach(p -> count(p, day -> (int) ((day - mondayDay) / 7), counts));
        SortedMap<LocalDate, SessionTally> weeks = new TreeMap<>();
        for (int w = 0; w < counts.length; w++) {
            SessionTally t = tally(counts[w]);
            if (!t.codeSessions().isEmpty()) {
                weeks.put(firstMonday.plusWeeks(w), t);
            }
        }
        return weeks;
    }

    /** The pupils' marks added up per day of the week. */
    public Map<DayOfWeek, SessionTally> byDayOfWeek(Collection<RollPupil> pupils) {
        long[][] counts = new long[7][kinds];
        // 1 January 1970 (epoch day 0) was a Thursday: index 3 with Monday as 0
        pupils.forEach(p -> count(p, day -> Math.floorMod(day + 3, 7), counts));
        Map<DayOfWeek, SessionTally> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, tally(counts[d.ordinal()]));
        }
        return days;
    }

    /** @param bucketOfDay from an epoch day to the row of {@code counts} it adds to */
    private void count(RollPupil pupil, IntUnaryOperator bucketOfDay, long[][] counts) {
        for (long[] range : onRollRanges(pupil)) {
            for (int r = 0; r < registers.size(); r++) {
                YearRegister register = registers.get(r);
                long first = Math.max(range[0], register.start().toEpochDay());
                long last = Math.min(range[1], register.end().toEpochDay());
                if (first > last) {
                    continue;
                }
                byte[] slots = register.slotsOf(pupil.id()).orElse(null);
                if (slots == null) {
                    continue;
                }
                int base = firstKind[r] - 1;
                long startDay = register.start().toEpochDay();
                for (long day = first; day <= last; day++) {
                    int slot = (int) (day - startDay) * 2;
                    int am = slots[slot] & 0xFF;
                    int pm = slots[slot + 1] & 0xFF;
                    if ((am | pm) != 0) {
                        long[] row = counts[bucketOfDay.applyAsInt((int) day)];
                        if (am != 0) {
                            row[base + am]++;
                        }
                        if (pm != 0) {
                            row[base + pm]++;
                        }
                    }
                }
            }
        }
    }

    /** The pupil's days on roll inside the window, as merged [first, last] epoch-day ranges. */
    private List<long[]> onRollRanges(RollPupil pupil) {
        List<long[]> ranges = new ArrayList<>();
        List<EnrolmentSpell> spells = new ArrayList<>(pupil.spells());
        spells.sort(Comparator.comparing(EnrolmentSpell::admission));
        for (EnrolmentSpell s : spells) {
            long first = Math.max(s.admission().toEpochDay(), window.from().toEpochDay());
            long last = Math.min(
                    s.leaving().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE),
                    window.to().toEpochDay());
            if (first > last) {
                continue;
            }
            long[] previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (previous != null && first <= previous[1] + 1) {
                previous[1] = Math.max(previous[1], last); // overlapping spells: count each day once
            } else {
                ranges.add(new long[] {first, last});
            }
        }
        return ranges;
    }

    private SessionTally tally(long[] counts) {
        SessionTally.Builder b = SessionTally.builder();
        for (int r = 0; r < registers.size(); r++) {
            YearRegister register = registers.get(r);
            for (int k = 0; k < register.kinds(); k++) {
                long n = counts[firstKind[r] + k];
                if (n > 0) {
                    b.add(register.codeOf(k), register.categoryOf(k), n);
                }
            }
        }
        return b.build();
    }
}
