package org.rollcall.reporting.staffdata;

import java.time.LocalDate;
import java.util.List;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;

/**
 * Sessions the school was open, the pupil on roll and no mark taken: the open sessions of the
 * window inside the term (up to today) and the pupil's spells, less the marks recorded.
 */
final class MissingMarks {

    private MissingMarks() {}

    static long of(
            SchoolTerm term, List<EnrolmentSpell> spells, DateWindow window, LocalDate today, long marksRecorded) {
        LocalDate from = max(window.from(), term.start());
        LocalDate to = min(min(window.to(), term.dates().to()), today);
        long expected = 0;
        for (EnrolmentSpell s : spells) {
            LocalDate a = max(from, s.admission());
            LocalDate b = s.leaving().map(l -> min(to, l)).orElse(to);
            if (!a.isAfter(b)) {
                expected += term.sessionsAfter(a.minusDays(1)) - term.sessionsAfter(b);
            }
        }
        return Math.max(0, expected - marksRecorded);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
