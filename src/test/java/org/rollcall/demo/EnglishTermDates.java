package org.rollcall.demo;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.nextOrSame;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.demo.DemoCalendar.AcademicYear;
import org.rollcall.demo.DemoCalendar.Closure;
import org.rollcall.demo.DemoCalendar.Closure.Kind;
import org.rollcall.demo.DemoCalendar.Term;

/**
 * Term dates in the pattern most English local authorities follow, for any academic year.
 *
 * <p>Autumn runs from early September to just before Christmas with a half-term at the end of
 * October; spring from early January to the Friday before Holy Week with a half-term in mid
 * February; summer from two weeks after that to late July with the half-term around the late May
 * bank holiday. Five INSET days (two at the start of the year, one at the start of spring and of
 * summer, one on the last day), the early May bank holiday and a polling-day closure (the first
 * Thursday in May) are closures. The end of summer is placed so that the school is open exactly
 * 190 days (380 sessions), as the law requires.
 */
final class EnglishTermDates {

    static final int OPEN_DAYS_PER_YEAR = 190;

    private EnglishTermDates() {}

    static DemoCalendar calendar(int firstStartYear, int academicYears) {
        List<AcademicYear> years = new ArrayList<>();
        for (int i = 0; i < academicYears; i++) {
            years.add(academicYear(firstStartYear + i));
        }
        return new DemoCalendar(years);
    }

    static AcademicYear academicYear(int startYear) {
        List<Closure> closures = new ArrayList<>();

        LocalDate autumnStart = firstSchoolDay(LocalDate.of(startYear, 9, 1));
        LocalDate autumnEnd = lastWeekdayOnOrBefore(LocalDate.of(startYear, 12, 20));
        LocalDate octHalf = LocalDate.of(startYear, 10, 28).with(previousOrSame(DayOfWeek.MONDAY));
        Term autumn = new Term("Autumn", autumnStart, autumnEnd, octHalf, octHalf.plusDays(4));
        closures.add(new Closure(autumnStart, Kind.INSET, "Staff training day"));
        closures.add(new Closure(nextWeekday(autumnStart), Kind.INSET, "Staff training day"));

        LocalDate springStart = firstSchoolDay(LocalDate.of(startYear + 1, 1, 2));
        LocalDate easter = easterSunday(startYear + 1);
        LocalDate springEnd = easter.minusDays(9);
        LocalDate febHalf = LocalDate.of(startYear + 1, 2, 12).with(nextOrSame(DayOfWeek.MONDAY));
        Term spring = new Term("Spring", springStart, springEnd, febHalf, febHalf.plusDays(4));
        closures.add(new Closure(springStart, Kind.INSET, "Staff training day"));

        LocalDate summerStart = easter.plusDays(8);
        LocalDate earlyMay = LocalDate.of(startYear + 1, 5, 1).with(firstInMonth(DayOfWeek.MONDAY));
        LocalDate mayHalf = LocalDate.of(startYear + 1, 5, 1).with(lastInMonth(DayOfWeek.MONDAY));
        LocalDate pollingDay = LocalDate.of(startYear + 1, 5, 1).with(firstInMonth(DayOfWeek.THURSDAY));
        LocalDate summerInset = summerStart.equals(earlyMay) ? nextWeekday(summerStart) : summerStart;
        closures.add(new Closure(summerInset, Kind.INSET, "Staff training day"));
        if (!earlyMay.isBefore(summerStart)) {
            closures.add(new Closure(earlyMay, Kind.BANK_HOLIDAY, "Early May bank holiday"));
        }
        if (pollingDay.isAfter(summerInset)) {
            closures.add(new Closure(pollingDay, Kind.PLANNED, "School used as a polling station"));
        }

        // Summer ends when the year has had its 190 open days, plus a last INSET day.
        Term openEnded =
                new Term("Summer", summerStart, LocalDate.of(startYear + 1, 8, 31), mayHalf, mayHalf.plusDays(4));
        AcademicYear draft = new AcademicYear(
                "",
                LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 8, 31),
                List.of(autumn, spring, openEnded),
                closures);
        List<LocalDate> open = draft.openDays();
        if (open.size() < OPEN_DAYS_PER_YEAR) {
            throw new IllegalStateException("Cannot fit 190 open days into " + startYear);
        }
        LocalDate lastOpen = open.get(OPEN_DAYS_PER_YEAR - 1);
        LocalDate summerEnd = nextWeekday(lastOpen);
        closures.add(new Closure(summerEnd, Kind.INSET, "Staff training day"));
        Term summer = new Term("Summer", summerStart, summerEnd, mayHalf, mayHalf.plusDays(4));
        closures.sort((a, b) -> a.date().compareTo(b.date()));
        return new AcademicYear(
                name(startYear),
                LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 8, 31),
                List.of(autumn, spring, summer),
                closures);
    }

    static String name(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The first weekday on or after the date, but a Thursday or Friday start moves to the Monday. */
    private static LocalDate firstSchoolDay(LocalDate from) {
        LocalDate d = from;
        while (!DemoCalendar.isWeekday(d)) {
            d = d.plusDays(1);
        }
        if (d.getDayOfWeek() == DayOfWeek.THURSDAY || d.getDayOfWeek() == DayOfWeek.FRIDAY) {
            d = d.with(nextOrSame(DayOfWeek.MONDAY));
        }
        return d;
    }

    private static LocalDate lastWeekdayOnOrBefore(LocalDate d) {
        LocalDate x = d;
        while (!DemoCalendar.isWeekday(x)) {
            x = x.minusDays(1);
        }
        return x;
    }

    private static LocalDate nextWeekday(LocalDate d) {
        LocalDate x = d.plusDays(1);
        while (!DemoCalendar.isWeekday(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
