package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;
import java.util.List;

/** When a pupil was on roll: one or more enrolment spells (a pupil may leave and come back). */
public final class OnRoll {

    private static final OnRoll ALWAYS = new OnRoll(List.of(EnrolmentSpell.from(LocalDate.MIN)));

    private final List<EnrolmentSpell> spells;

    private OnRoll(List<EnrolmentSpell> spells) {
        this.spells = List.copyOf(spells);
    }

    public static OnRoll of(List<EnrolmentSpell> spells) {
        if (spells.isEmpty()) {
            throw new IllegalArgumentException("A pupil needs at least one enrolment spell");
        }
        return new OnRoll(spells);
    }

    public static OnRoll of(EnrolmentSpell... spells) {
        return of(List.of(spells));
    }

    /** For callers whose marks are already restricted to the spells on roll (e.g. by SQL). */
    public static OnRoll always() {
        return ALWAYS;
    }

    public boolean isOnRoll(LocalDate date) {
        for (EnrolmentSpell s : spells) {
            if (s.covers(date)) {
                return true;
            }
        }
        return false;
    }

    public List<EnrolmentSpell> spells() {
        return spells;
    }
}
