package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sessions on days the school was open, while the pupil was on roll, that have no mark. Only a
 * school with a calendar knows its open days; without one nothing is missing.
 */
final class MissingMarks {

    /** At most this many missing sessions are listed as evidence (the count is always complete). */
    static final int LISTED = 20;

    private MissingMarks() {}

    static List<Evidence> of(PupilSessions pupil, Predicate<LocalDate> open) {
        List<Evidence> missing = new ArrayList<>();
        for (int s = 0; s < pupil.slots(); s++) {
            LocalDate date = pupil.dateOf(s);
            if (!pupil.isMarked(s) && pupil.onRoll(date) && open.test(date)) {
                missing.add(new Evidence(date, java.util.Optional.of(pupil.isPm(s) ? "PM" : "AM"), "no mark"));
            }
        }
        return missing;
    }
}
