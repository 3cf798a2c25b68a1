package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Sessions on days the school was open, while the pupil was on roll, that have no mark. Only a
 * school with a calendar knows its open days; without one nothing is missing.
 */
final class MissingMarks {

    /** At most this many missing sessions are listed as evidence (the count is always complete). */
    static final int LISTED = 20;

    private MissingMarks() {}

    /** The missing sessions from {@code from} to the end of the pupil's window. */
    static List<Evidence> of(PupilSessions pupil, Predicate<LocalDate> open, LocalDate from) {
        List<Evidence> missing = new ArrayList<>();
        for (int am = pupil.slotOf(from); am < pupil.slots(); am += 2) {
            boolean unmarked = !pupil.isMarked(am) || !pupil.isMarked(am + 1);
            if (unmarked && pupil.onRollAt(am)) {
                LocalDate date = pupil.dateOf(am);
                if (open.test(date)) {
                    addIfMissing(missing, pupil, am, date);
                    addIfMissing(missing, pupil, am + 1, date);
                }
            }
        }
        return missing;
    }

    private static void addIfMissing(List<Evidence> missing, PupilSessions pupil, int slot, LocalDate date) {
        if (!pupil.isMarked(slot)) {
            missing.add(new Evidence(date, Optional.of(pupil.isPm(slot) ? "PM" : "AM"), "no mark"));
        }
    }
}
