package org.rollcall.reporting.sef;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;

/** An academic year as people write it, "2025/26": 1 September 2025 to 31 August 2026. */
public record SefYear(int startYear) {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    /** "2025/26"; empty for anything else, including a second half that does not follow the first ("2025/27"). */
    public static Optional<SefYear> parse(String text) {
        Matcher m = LABEL.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (start + 1) % 100 && start >= 1990
                ? Optional.of(new SefYear(start))
                : Optional.empty();
    }

    public static SefYear containing(LocalDate date) {
        return new SefYear(AcademicCalendar.academicYearStart(date).getYear());
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public SefYear minus(int years) {
        return new SefYear(startYear - years);
    }

    /** The whole year, or up to {@code today} while it is under way. */
    public DateWindow windowUpTo(LocalDate today) {
        return DateWindow.of(start(), today.isBefore(end()) ? today : end());
    }
}
