package org.rollcall.attendance.statistics.counting;

import static org.rollcall.attendance.AttendanceCategory.APPROVED_ACTIVITY;
import static org.rollcall.attendance.AttendanceCategory.AUTHORISED;
import static org.rollcall.attendance.AttendanceCategory.NOT_POSSIBLE;
import static org.rollcall.attendance.AttendanceCategory.PRESENT;
import static org.rollcall.attendance.AttendanceCategory.UNAUTHORISED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rollcall.attendance.AttendanceCategory;

/**
 * An in-memory {@link CodeBook}: the DfE table from DOMAIN.md by default, or any table built with
 * {@link #builder()}. Codes are matched exactly (case and all), since {@code /} and {@code \} and
 * the two-character codes are distinct marks.
 *
 * <p>Current codes are accepted on any date (a school may back-load registers). Retired codes
 * ({@code H}, {@code F}, {@code J}, {@code Y}) are accepted only before {@link #CODES_2024}, with
 * their historical meaning; after it they are an error, not a guess.
 */
public final class RegisterCodeBook implements CodeBook {

    /** The day the 2024 register codes came into force; retired codes are valid before it. */
    public static final LocalDate CODES_2024 = LocalDate.of(2024, 8, 19);

    private record Validity(AttendanceCategory category, LocalDate from, LocalDate until) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && date.isBefore(until);
        }
    }

    private final Map<String, List<Validity>> codes;

    private RegisterCodeBook(Map<String, List<Validity>> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The DfE codes in force since 19 August 2024, plus the retired codes before that date. */
    public static RegisterCodeBook standard() {
        Builder b = builder();
        for (String c : new String[] {"/", "\\", "L"}) {
            b.code(c, PRESENT);
        }
        for (String c : new String[] {"K", "V", "P", "W", "B"}) {
            b.code(c, APPROVED_ACTIVITY);
        }
        for (String c : new String[] {"C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E"}) {
            b.code(c, AUTHORISED);
        }
        for (String c : new String[] {"G", "N", "O", "U"}) {
            b.code(c, UNAUTHORISED);
        }
        for (String c : new String[] {"D", "X", "Q", "Z", "#"}) {
            b.code(c, NOT_POSSIBLE);
        }
        for (int i = 1; i <= 7; i++) {
            b.code("Y" + i, NOT_POSSIBLE);
        }
        return b.retired("H", AUTHORISED, CODES_2024)
                .retired("F", AUTHORISED, CODES_2024)
                .retired("J", APPROVED_ACTIVITY, CODES_2024)
                .retired("Y", NOT_POSSIBLE, CODES_2024)
                .build();
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
