package org.rollcall.casework.trigger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.attendance.statistics.counting.StandardCodes;

/**
 * Test fixture: a pupil present at every session of every weekday from {@code from} to {@code to}
 * ({@code /} AM, {@code \} PM), except the days closed (no mark at all, as in a half-term) and the
 * sessions given other codes.
 */
final class Register {

    static final RegisterCodeBook CODES = StandardCodes.book();

    private final DateWindow window;
    private final Map<LocalDate, String[]> days = new HashMap<>();

    Register(LocalDate from, LocalDate to) {
        this.window = DateWindow.of(from, to);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.put(d, new String[] {"/", "\\"});
            }
        }
    }

    /** No mark on these days (both inclusive): a holiday, not a school week if it covers one. */
    Register closed(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.remove(d);
        }
        return this;
    }

    Register am(LocalDate date, String code) {
        days.get(date)[0] = code;
        return this;
    }

    Register pm(LocalDate date, String code) {
        days.get(date)[1] = code;
        return this;
    }

    Register day(LocalDate date, String code) {
        return am(date, code).pm(date, code);
    }

    PupilSessions sessions() {
        PupilSessions.Builder b = PupilSessions.builder(window).onRollThroughout();
        days.forEach((date, codes) -> {
            b.mark(date, false, codes[0], CODES.categoryOf(codes[0], date));
            b.mark(date, true, codes[1], CODES.categoryOf(codes[1], date));
        });
        return b.build();
    }
}
