package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.RegisterCode;

/**
 * A {@link CodeBook} held in memory: built from the {@code register_code} table's rows
 * ({@link #of}), the one list of codes Rollcall keeps, or from any table built with
 * {@link #builder()} (tests). Codes are matched exactly (case and all), since {@code /} and
 * {@code \} and the two-character codes are distinct marks. A code may have several validity
 * periods; retired codes keep their historical meaning before their last day and are an error,
 * not a guess, after it.
 */
public final class RegisterCodeBook implements CodeBook {

    private record Validity(AttendanceCategory category, LocalDate from, LocalDate until) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && date.isBefore(until);
        }
    }

    private final Map<String, List<Validity>> codes;

    private RegisterCodeBook(Map<String, List<Validity>> codes) {
        this.codes = Map.copyOf(codes);
    }

    /**
     * The code book of the {@code register_code} table's rows, so the figures use exactly the codes
     * the imports accepted. The table's {@code valid_to} is the last day a code was in use; a
     * validity here ends the day after.
     */
    public static RegisterCodeBook of(Collection<RegisterCode> codes) {
        Builder book = builder();
        for (RegisterCode c : codes) {
            LocalDate from = c.validFrom().orElse(LocalDate.MIN);
            LocalDate until = c.validTo().map(to -> to.plusDays(1)).orElse(LocalDate.MAX);
            book.code(c.code(), c.category(), from, until);
        }
        return book.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AttendanceCategory categoryOf(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Validity> entries = codes.get(code);
        if (entries == null) {
            throw new IllegalArgumentException("Unknown register code '" + code + "'");
        }
        for (Validity v : entries) {
            if (v.covers(date)) {
                return v.category();
            }
        }
        throw new IllegalArgumentException(
                "Register code '" + code + "' is not valid on " + date + " (retired or not yet in force)");
    }

    /** Builds a code table; a code may have several validity periods with different meanings. */
    public static final class Builder {
        private final Map<String, List<Validity>> codes = new HashMap<>();

        /** A code valid on every date. */
        public Builder code(String code, AttendanceCategory category) {
            return code(code, category, LocalDate.MIN, LocalDate.MAX);
        }

        /** A retired code, valid before {@code retiredOn} (exclusive). */
        public Builder retired(String code, AttendanceCategory category, LocalDate retiredOn) {
            return code(code, category, LocalDate.MIN, retiredOn);
        }

        /** A code valid from {@code from} (inclusive) until {@code until} (exclusive). */
        public Builder code(String code, AttendanceCategory category, LocalDate from, LocalDate until) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A register code must not be blank");
            }
            Objects.requireNonNull(category, "category");
            if (!from.isBefore(until)) {
                throw new IllegalArgumentException("Code '" + code + "': validity must start before it ends");
            }
            codes.computeIfAbsent(code, k -> new ArrayList<>()).add(new Validity(category, from, until));
            return this;
        }

        public RegisterCodeBook build() {
            Map<String, List<Validity>> copy = new HashMap<>();
            codes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new RegisterCodeBook(copy);
        }
    }
}
