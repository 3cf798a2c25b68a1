package org.rollcall.reporting.printout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.school.School;
import org.rollcall.school.details.Champion;
import org.rollcall.school.details.SchoolDetails;

/**
 * What every printout of one run shares: the school's name, address and contacts, the date, the
 * window in words, the term's last day, and how to reach the attendance champion.
 */
public record Letterhead(
        String schoolName,
        String schoolAddress,
        String schoolContact,
        String dateText,
        String windowText,
        String termEndText,
        String championText) {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    public static Letterhead of(
            School school, SchoolDetails details, DateWindow window, SchoolTerm term, LocalDate today) {
        List<String> contact = new ArrayList<>();
        details.phone().ifPresent(p -> contact.add("Telephone " + p));
        details.email().ifPresent(contact::add);
        details.website().ifPresent(contact::add);
        return new Letterhead(
                school.getName(),
                String.join("\n", details.addressLines()),
                String.join("\n", contact), // a line each, so a long address or website wraps on its own
                LONG.format(today),
                windowText(window, term),
                DAY_MONTH.format(term.dates().to()),
                championText(details));
    }

    /** "this term so far: 1 September to 19 December 2025" when the window starts with the term. */
    static String windowText(DateWindow window, SchoolTerm term) {
        String dates = (window.from().getYear() == window.to().getYear()
                        ? DAY_MONTH.format(window.from())
                        : LONG.format(window.from()))
                + " to " + LONG.format(window.to());
        return (window.from().equals(term.start()) ? "this term so far: " : "from ") + dates;
    }

    static String championText(SchoolDetails details) {
        Champion c = details.champion();
        List<String> ways = new ArrayList<>();
        c.phone().or(details::phone).ifPresent(p -> ways.add("by telephone on " + p));
        c.email().or(details::email).ifPresent(e -> ways.add("by email at " + e));
        String reach = ways.isEmpty() ? "through the school office" : String.join(" or ", ways);
        return c.name()
                .map(n -> "If you would like to talk about this, please contact " + n
                        + ", our senior attendance champion, " + reach + ". We are here to help.")
                .orElse("If you would like to talk about this, please contact the school " + reach
                        + ". We are here to help.");
    }
}
