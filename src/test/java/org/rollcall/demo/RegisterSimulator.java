package org.rollcall.demo;

import java.util.SplittableRandom;

/**
 * Fills in one pupil's register, day by day, from the pupil's {@link AbsenceProfile} and the
 * character of each day. Uses the 2024 DfE codes only:
 * present {@code /} (AM) and {@code \} (PM), {@code L} late before the register closed,
 * {@code U} late after it closed; illness {@code I} (often for several days), medical appointment
 * {@code M} (half a day), other authorised {@code C}, religious observance {@code R}, suspension
 * {@code E}; unauthorised {@code O} and {@code N} (no reason yet), holiday not agreed {@code G};
 * approved activities {@code P} (sport), {@code V} (trip), {@code W} (work experience); and the not
 * possible codes {@code D} (dual registered), {@code X} (Reception child under five),
 * {@code Y2} (travel disruption) and {@code Y4} (site closed unexpectedly). Planned closures have no
 * marks at all: they are closures in the calendar (the CTF marks them {@code #}).
 */
final class RegisterSimulator {

    private static final double MEAN_ILLNESS_SPELL = 2.07;
    private static final double MEDICAL_SHARE = 0.09;
    private static final double OTHER_AUTHORISED_SHARE = 0.03;

    private final SchoolDays days;

    RegisterSimulator(SchoolDays days) {
        this.days = days;
    }

    void simulate(DemoPupil pupil, SplittableRandom r, PupilRegister out) {
        out.clear();
        AbsenceProfile p = pupil.absence();
        boolean[] holiday = new boolean[days.size()];
        boolean[] suspended = new boolean[days.size()];
        for (int year = 0; year <= days.academicYear[days.size() - 1]; year++) {
            planBlocks(r, year, p.holidayChance(), 3, 6, holiday);
            planBlocks(r, year, p.exclusionChance(), 1, 3, suspended);
        }
        int illnessLeft = 0;
        for (int i = 0; i < days.size(); i++) {
            if (!pupil.onRoll(days.dates[i])) {
                illnessLeft = 0;
                continue;
            }
            int yearGroup = pupil.yearGroupIn(days.academicYear[i]);
            if (days.siteClosed[i]) {
                out.set(i, "Y4", "Y4");
            } else if (days.travelDisruption[i] && r.nextDouble() < 0.12) {
                out.set(i, "Y2", "Y2");
            } else if (p.dualRegistered() && days.dates[i].getDayOfWeek().getValue() == 3) {
                out.set(i, "D", "D");
            } else if (holiday[i]) {
                out.set(i, "G", "G");
            } else if (suspended[i]) {
                out.set(i, "E", "E");
            } else if (illnessLeft > 0) {
                out.set(i, "I", "I");
                illnessLeft--;
            } else if (days.workExperience[i] && yearGroup == 10 && r.nextDouble() < 0.9) {
                out.set(i, "W", "W");
            } else {
                illnessLeft = ordinaryDay(i, p, yearGroup, r, out);
            }
            if (yearGroup == 0 && pupil.dob().plusYears(5).isAfter(days.dates[i])) {
                out.set(i, underFive(out.am[i]), underFive(out.pm[i]));
            }
        }
    }

    /** A day with nothing planned: maybe ill, maybe off without reason, maybe late. Returns further illness days. */
    private int ordinaryDay(int i, AbsenceProfile p, int yearGroup, SplittableRandom r, PupilRegister out) {
        double rate = p.rate() * yearFactor(yearGroup);
        double illness = rate * p.illnessShare() * days.illnessFactor[i] / MEAN_ILLNESS_SPELL;
        double unauthorised =
                rate * (1 - p.illnessShare() - MEDICAL_SHARE - OTHER_AUTHORISED_SHARE) * days.unauthorisedFactor[i];
        double medical = rate * MEDICAL_SHARE * 2;
        double other = rate * OTHER_AUTHORISED_SHARE;
        double u = r.nextDouble();
        if (u < illness) {
            if (r.nextDouble() < 0.12) {
                present(i, p, r, out);
                out.pm[i] = "I";
            } else {
                out.set(i, "I", "I");
            }
            return spellLength(r) - 1;
        }
        u -= illness;
        if (u < unauthorised) {
            String code = r.nextDouble() < 0.3 ? "N" : "O";
            out.set(i, code, r.nextDouble() < 0.2 ? "\\" : code);
            return 0;
        }
        u -= unauthorised;
        if (u < medical) {
            present(i, p, r, out);
            if (r.nextDouble() < 0.6) {
                out.am[i] = "M";
                out.amMinutes[i] = 0;
            } else {
                out.pm[i] = "M";
            }
            return 0;
        }
        u -= medical;
        if (u < other) {
            String code = r.nextDouble() < 0.25 ? "R" : "C";
            out.set(i, code, code);
            return 0;
        }
        u -= other;
        if (u < 0.004) {
            if (r.nextBoolean()) {
                present(i, p, r, out);
                out.pm[i] = "P";
            } else {
                out.set(i, "V", "V");
            }
            return 0;
        }
        present(i, p, r, out);
        return 0;
    }

    private void present(int i, AbsenceProfile p, SplittableRandom r, PupilRegister out) {
        out.set(i, "/", "\\");
        if (r.nextDouble() < p.lateRate()) {
            if (r.nextDouble() < p.unauthorisedLate()) {
                out.am[i] = "U";
                out.amMinutes[i] = 31 + r.nextInt(60);
            } else {
                out.am[i] = "L";
                out.amMinutes[i] = 1 + r.nextInt(25);
            }
        } else if (r.nextDouble() < p.lateRate() * 0.1) {
            out.pm[i] = "L";
            out.pmMinutes[i] = 1 + r.nextInt(15);
        }
    }

    /** Marks whole-day blocks (holidays, suspensions) once in the year with the given chance. */
    private void planBlocks(SplittableRandom r, int year, double chance, int minLength, int spread, boolean[] into) {
        if (r.nextDouble() >= chance) {
            return;
        }
        int[] range = days.rangeOf(year);
        if (range[1] - range[0] < 10) {
            return;
        }
        int length = minLength + r.nextInt(spread);
        int start = range[0] + r.nextInt(range[1] - range[0] - length);
        if (minLength >= 3 && r.nextDouble() < 0.6) {
            // Most term-time holidays run up to a half-term or the end of a term.
            for (int i = start; i < range[1]; i++) {
                if (days.beforeBreak[i]) {
                    start = Math.max(range[0], i - length + 1);
                    break;
                }
            }
        }
        for (int i = start; i < Math.min(start + length, range[1]); i++) {
            into[i] = true;
        }
    }

    private static int spellLength(SplittableRandom r) {
        double u = r.nextDouble();
        return u < 0.45 ? 1 : u < 0.70 ? 2 : u < 0.85 ? 3 : u < 0.93 ? 4 : 5;
    }

    /** Absence rises through secondary school; Reception has a little more illness. */
    private static double yearFactor(int yearGroup) {
        return switch (yearGroup) {
            case 0 -> 1.1;
            case 7 -> 0.8;
            case 8 -> 0.95;
            case 9 -> 1.05;
            case 10 -> 1.1;
            case 11 -> 1.15;
            default -> 1.0;
        };
    }

    /** A child below compulsory school age who is absent is recorded X, not absent. */
    private static String underFive(String code) {
        return switch (code) {
            case "I", "O", "N", "M", "G", "C", "R" -> "X";
            default -> code;
        };
    }
}
