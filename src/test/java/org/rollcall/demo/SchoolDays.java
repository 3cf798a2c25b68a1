package org.rollcall.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open days the demo writes marks for, with what makes each day different: how much illness
 * is about (a winter peak), the Monday and Friday effect on unauthorised absence, and the few
 * events of the demo years (a snow day, the day after it, Year 10 work experience).
 */
final class SchoolDays {

    final LocalDate[] dates;
    final String[] isoDates;
    final int[] academicYear;
    final double[] illnessFactor;
    final double[] unauthorisedFactor;
    /** The last open day before a holiday: a term-time holiday often runs up to it. */
    final boolean[] beforeBreak;
    /** Site closed by snow that morning: everyone Y4 (not a possible session). */
    final boolean[] siteClosed;
    /** Roads still bad: pupils who live far off are Y2 (widespread travel disruption). */
    final boolean[] travelDisruption;

    final boolean[] workExperience;

    SchoolDays(DemoCalendar calendar, Optional<LocalDate> lastDate) {
        List<LocalDate> days = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int y = 0; y < calendar.academicYears().size(); y++) {
            for (LocalDate d : calendar.academicYears().get(y).openDays()) {
                if (lastDate.map(last -> !d.isAfter(last)).orElse(true)) {
                    days.add(d);
                    years.add(y);
                }
            }
        }
        int n = days.size();
        dates = days.toArray(new LocalDate[0]);
        isoDates = new String[n];
        academicYear = new int[n];
        illnessFactor = new double[n];
        unauthorisedFactor = new double[n];
        beforeBreak = new boolean[n];
        siteClosed = new boolean[n];
        travelDisruption = new boolean[n];
        workExperience = new boolean[n];
        for (int i = 0; i < n; i++) {
            LocalDate d = dates[i];
            isoDates[i] = d.toString();
            academicYear[i] = years.get(i);
            illnessFactor[i] = seasonal(d) * weekday(d, 1.08, 0.97, 0.95, 0.97, 1.03);
            unauthorisedFactor[i] = weekday(d, 1.3, 0.85, 0.8, 0.85, 1.35) * (d.getMonthValue() == 7 ? 1.3 : 1.0);
            beforeBreak[i] = i + 1 < n && ChronoUnit.DAYS.between(d, dates[i + 1]) > 3;
        }
        markEvents(calendar);
    }

    int size() {
        return dates.length;
    }

    /** First and one-past-last day index of an academic year in this list. */
    int[] rangeOf(int year) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < dates.length; i++) {
            if (academicYear[i] == year) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, to};
    }

    private void markEvents(DemoCalendar calendar) {
        int firstYear = calendar.academicYears().get(0).start().getYear();
        LocalDate snow = LocalDate.of(firstYear + 1, 1, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (int i = 0; i < dates.length; i++) {
            if (dates[i].equals(snow)) {
                siteClosed[i] = true;
                if (i + 1 < dates.length) {
                    travelDisruption[i + 1] = true;
                }
            }
            LocalDate workWeek =
                    LocalDate.of(dates[i].getYear(), 6, 24).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            long offset = ChronoUnit.DAYS.between(workWeek, dates[i]);
            workExperience[i] = offset >= 0 && offset < 5;
        }
    }

    /** Illness through the year: low in September, a winter peak in December and January. */
    private static double seasonal(LocalDate d) {
        return switch (d.getMonth()) {
            case SEPTEMBER -> 0.65;
            case OCTOBER -> 0.95;
            case NOVEMBER -> 1.1;
            case DECEMBER -> 1.4;
            case JANUARY -> 1.35;
            case FEBRUARY -> 1.2;
            case MARCH -> 1.0;
            case APRIL -> 0.85;
            case MAY -> 0.8;
            case JUNE -> 0.8;
            default -> 0.85;
        };
    }

    private static double weekday(LocalDate d, double mon, double tue, double wed, double thu, double fri) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> mon;
            case TUESDAY -> tue;
            case WEDNESDAY -> wed;
            case THURSDAY -> thu;
            default -> fri;
        };
    }
}
