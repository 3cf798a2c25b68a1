package org.rollcall.demo;

import java.util.SplittableRandom;

/**
 * How a pupil tends to miss school, drawn once per pupil.
 *
 * <p>The base rate is log-normal (most pupils miss little, a long tail misses a lot) and is raised
 * for the groups whose national absence is higher: FSM about 1.8 times, SEN support 1.5,
 * EHCP 2.2, children in need and young carers a little. A few pupils are severe absentees from the start.
 * Pupils who miss a lot miss relatively more without a reason (unauthorised).
 *
 * @param rate             the share of days the pupil would miss for illness and other reasons
 * @param illnessShare     the part of that rate that is illness (code I)
 * @param lateRate         chance of arriving late to a morning register
 * @param unauthorisedLate of the lates, the share after the register closed (U rather than L)
 * @param holidayChance    chance per academic year of a holiday in term time (G)
 * @param exclusionChance  chance per academic year of a suspension (E)
 * @param dualRegistered   attends another setting on Wednesdays (D, not a possible session)
 */
record AbsenceProfile(
        double rate,
        double illnessShare,
        double lateRate,
        double unauthorisedLate,
        double holidayChance,
        double exclusionChance,
        boolean dualRegistered) {

    static AbsenceProfile draw(
            SplittableRandom r, DemoSpec.Phase phase, boolean fsm, char sen, boolean childInNeed, boolean youngCarer) {
        boolean secondary = phase == DemoSpec.Phase.SECONDARY;
        double rate;
        double illness;
        if (r.nextDouble() < (secondary ? 0.02 : 0.008)) {
            rate = 0.42 + 0.28 * r.nextDouble();
            illness = 0.2;
        } else {
            double median = secondary ? 0.036 : 0.031;
            rate = median * Math.exp(0.85 * gaussian(r));
            rate *= fsm ? 1.8 : 1.0;
            rate *= sen == 'E' ? 2.2 : sen == 'K' ? 1.5 : 1.0;
            rate *= childInNeed ? 1.3 : 1.0;
            rate *= youngCarer ? 1.25 : 1.0;
            rate = Math.min(rate, 0.6);
            illness = Math.max(0.25, 0.66 - 0.8 * rate);
        }
        double late = Math.min(0.45, 0.012 * Math.exp(1.0 * gaussian(r)) * (fsm ? 1.6 : 1.0));
        double unauthorisedLate = late > 0.08 ? 0.3 : 0.1;
        double holiday = (secondary ? 0.07 : 0.11) * (rate > 0.1 ? 1.6 : 1.0);
        double exclusion = secondary ? 0.015 * (fsm ? 2.0 : 1.0) * (sen == 'K' ? 1.8 : 1.0) : 0.002;
        boolean dual = secondary && r.nextDouble() < 0.004;
        return new AbsenceProfile(rate, illness, late, unauthorisedLate, holiday, exclusion, dual);
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller on the pupil's own stream, so results do not depend on java.util.Random.
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
