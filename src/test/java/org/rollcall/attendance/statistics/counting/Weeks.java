package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/** Test fixture: weekly tallies of ten sessions, from Monday 6 January 2025 on. */
public final class Weeks {

    public static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 1, 6);

    private Weeks() {}

    /** One week per number: sessions attended out of 10 (a negative number is a closed week). */
    public static SortedMap<LocalDate, SessionTally> attended(int... perWeek) {
        SortedMap<LocalDate, SessionTally> weeks = new TreeMap<>();
        for (int i = 0; i < perWeek.length; i++) {
            SessionTally t = perWeek[i] < 0 ? Registers.tally("#*10") : Registers.attending(perWeek[i], 10);
            weeks.put(FIRST_MONDAY.plusWeeks(i), t);
        }
        return weeks;
    }

    public static SessionTally total(SortedMap<LocalDate, SessionTally> weeks) {
        return SessionTally.sum(weeks.values());
    }
}
