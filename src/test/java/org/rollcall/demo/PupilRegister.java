package org.rollcall.demo;

/**
 * One pupil's marks over the demo's open days, reused from pupil to pupil so that generating a
 * large school holds one pupil's register in memory at a time. A null code means not on roll.
 */
final class PupilRegister {

    final String[] am;
    final String[] pm;
    /** Minutes late for L and U marks, else 0. */
    final int[] amMinutes;

    final int[] pmMinutes;

    PupilRegister(int days) {
        am = new String[days];
        pm = new String[days];
        amMinutes = new int[days];
        pmMinutes = new int[days];
    }

    void clear() {
        java.util.Arrays.fill(am, null);
        java.util.Arrays.fill(pm, null);
        java.util.Arrays.fill(amMinutes, 0);
        java.util.Arrays.fill(pmMinutes, 0);
    }

    int days() {
        return am.length;
    }

    boolean onRoll(int day) {
        return am[day] != null;
    }

    void set(int day, String amCode, String pmCode) {
        am[day] = amCode;
        pm[day] = pmCode;
    }
}
