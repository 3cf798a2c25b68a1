package org.rollcall.attendance.measure.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;

/**
 * One school's marks for one academic year (1 September to 31 August), held compactly so that any
 * window inside it can be counted again without the database: per pupil one byte per session
 * (day of the year times two, AM then PM), holding 0 for "no mark" or a number standing for a
 * (code, category) pair. A year of a 1,500-pupil school takes about 1.1 MB.
 *
 * <p>The category is resolved once, when the marks are loaded, with the date of each mark, so a
 * retired code keeps its historical meaning. Immutable once built; safe to share between threads.
 */
public final class YearRegister {

    /** At most 255 distinct (code, category) pairs: the DfE set has about forty. */
    private static final int MAX_KINDS = 255;

    private final long schoolId;
    private final LocalDate start;
    private final int days;
    private final String[] codes;
    private final AttendanceCategory[] categories;
    private final Map<Long, byte[]> slotsByPupil;
    private final long marks;

    private YearRegister(Builder b) {
        this.schoolId = b.schoolId;
        this.start = b.start;
        this.days = b.days;
        this.codes = b.codes.toArray(new String[0]);
        this.categories = b.categories.toArray(new AttendanceCategory[0]);
        this.slotsByPupil = Map.copyOf(b.slotsByPupil);
        this.marks = b.marks;
    }

    /** An empty register for the academic year containing {@code anyDate}. */
    public static Builder builder(long schoolId, LocalDate anyDate) {
        return new Builder(schoolId, AcademicCalendar.academicYearStart(anyDate));
    }

    public long schoolId() {
        return schoolId;
    }

    /** 1 September of the academic year. */
    public LocalDate start() {
        return start;
    }

    /** 31 August of the academic year. */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    public int days() {
        return days;
    }

    /** The pupil's sessions (index {@code day * 2 + (PM ? 1 : 0)}), empty when the pupil has no mark this year. */
    public Optional<byte[]> slotsOf(long pupilId) {
        return Optional.ofNullable(slotsByPupil.get(pupilId));
    }

    /** How many (code, category) kinds the slot values stand for; kind {@code k} is slot value {@code k + 1}. */
    public int kinds() {
        return codes.length;
    }

    public String codeOf(int kind) {
        return codes[kind];
    }

    public AttendanceCategory categoryOf(int kind) {
        return categories[kind];
    }

    public long marks() {
        return marks;
    }

    /** Roughly what this register costs in memory, for the cache's bound. */
    public long weightInBytes() {
        return slotsByPupil.size() * (days * 2L + 64L) + 256L;
    }

    /** Collects marks; one per session (the database's primary key guarantees it). */
    public static final class Builder {
        private final long schoolId;
        private final LocalDate start;
        private final int days;
        private final List<String> codes = new ArrayList<>();
        private final List<AttendanceCategory> categories = new ArrayList<>();
        private final Map<String, Integer> kindByKey = new HashMap<>();
        private final Map<Long, byte[]> slotsByPupil = new HashMap<>();
        private long marks;

        private Builder(long schoolId, LocalDate start) {
            this.schoolId = schoolId;
            this.start = start;
            this.days = (int) ChronoUnit.DAYS.between(start, start.plusYears(1));
        }

        public LocalDate start() {
            return start;
        }

        /** @param slot {@code day * 2 + (PM ? 1 : 0)}, day counted from 1 September */
        public Builder add(long pupilId, int slot, String code, AttendanceCategory category) {
            if (slot < 0 || slot >= days * 2) {
                throw new IllegalArgumentException("Session " + slot + " is outside the academic year from " + start);
            }
            int kind = kindByKey.computeIfAbsent(code + '\u0000' + category.name(), k -> newKind(code, category));
            slotsByPupil.computeIfAbsent(pupilId, id -> new byte[days * 2])[slot] = (byte) (kind + 1);
            marks++;
            return this;
        }

        private int newKind(String code, AttendanceCategory category) {
            if (codes.size() == MAX_KINDS) {
                throw new IllegalStateException("More than " + MAX_KINDS + " distinct register codes in one year");
            }
            codes.add(code);
            categories.add(category);
            return codes.size() - 1;
        }

        public YearRegister build() {
            return new YearRegister(this);
        }
    }
}
