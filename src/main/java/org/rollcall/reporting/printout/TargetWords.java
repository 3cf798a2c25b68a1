package org.rollcall.reporting.printout;

import static org.rollcall.reporting.printout.PlainWords.days;
import static org.rollcall.reporting.printout.PlainWords.sessions;

import org.rollcall.attendance.statistics.pupil.PupilAssessment;
import org.rollcall.attendance.statistics.pupil.SessionsToTarget;

/** The individual target in words: the target, how far away it is, and what it takes to reach it. */
final class TargetWords {

    private TargetWords() {}

    static void apply(ParentPrintout p, String forename, PupilAssessment a, String termEnd) {
        if (a.target().isEmpty() || a.sessionsToTarget().isEmpty()) {
            p.targetText = "";
            p.whatItTakesText = "";
            return;
        }
        SessionsToTarget d = a.sessionsToTarget().get();
        String target = d.target().toPlainString() + "%";
        String now = d.current().map(c -> c.toPlainString() + "%").orElse("not yet measured");
        String distance = d.current()
                .map(c -> d.target().subtract(c))
                .map(gap -> gap.signum() <= 0
                        ? "at or above the target"
                        : gap.toPlainString() + " percentage points below the target")
                .orElse("");
        p.targetText = forename + "'s target this term: " + target + ". This term so far: " + now
                + (distance.isEmpty() ? "" : ", " + distance) + ".";
        p.whatItTakesText = whatItTakes(forename, d, target, termEnd);
    }

    private static String whatItTakes(String forename, SessionsToTarget d, String target, String termEnd) {
        if (d.alreadyMet()) {
            return "Well done. Keep coming every day to stay at " + target + " or above until " + termEnd + ".";
        }
        if (d.sessionsWithoutAbsence().isPresent()) {
            long k = d.sessionsWithoutAbsence().getAsLong();
            return "If " + forename + " attends every session from now on, attendance will reach " + target + " in "
                    + days(k) + " (" + sessions(k) + "), before the end of term on " + termEnd + ".";
        }
        return target + " cannot be reached by " + termEnd + ", even with full attendance. Every day " + forename
                + " attends brings it closer, and next term it can be reached.";
    }
}
