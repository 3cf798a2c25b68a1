package org.rollcall.attendance.importing.ctf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a CTF marks string and its start date into dated AM/PM marks. {@code -} (no mark, e.g.
 * not on roll) and {@code #} (school closed) produce no mark; {@code #} on a weekday is counted as
 * a closed session. Problems go to the given sink; the marks that could be read are returned.
 */
final class MarksStringExpander {

    private final MarksLayout layout;

    MarksStringExpander(MarksLayout layout) {
        this.layout = layout;
    }

    /** The marks, and in {@code closed[0]} the number of weekday sessions marked "#". */
    List<CtfMark> expand(LocalDate start, String marks, int[] closed, Consumer<String> problems) {
        List<CtfMark> out = new ArrayList<>(marks.length());
        if (marks.length() % 2 != 0) {
            problems.accept("the marks string has " + marks.length()
                    + " characters; it needs two a day (AM and PM), so an even number");
        }
        LocalDate day = layout == MarksLayout.WEEKDAYS_ONLY ? nextWeekday(start) : start;
        for (int i = 0; i + 1 < marks.length(); i += 2) {
            session(day, "AM", marks.charAt(i), out, closed, problems);
            session(day, "PM", marks.charAt(i + 1), out, closed, problems);
            day = layout == MarksLayout.WEEKDAYS_ONLY ? nextWeekday(day.plusDays(1)) : day.plusDays(1);
        }
        return out;
    }

    private static void session(
            LocalDate day, String session, char c, List<CtfMark> out, int[] closed, Consumer<String> problems) {
        if (c == '-') {
            return;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (c == '#') {
            closed[0] += weekend ? 0 : 1;
        } else if (weekend) {
            problems.accept("mark '" + c + "' on " + day + " " + session + ", a "
                    + day.getDayOfWeek().toString().toLowerCase()
                    + ": the string may leave weekends out (read it with WEEKDAYS_ONLY)");
        } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
            problems.accept("blank or control character on " + day + " " + session);
        } else {
            out.add(new CtfMark(day, session, String.valueOf(c)));
        }
    }

    private static LocalDate nextWeekday(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }
}
