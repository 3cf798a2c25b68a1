package org.rollcall.reporting.printout;

import org.rollcall.attendance.statistics.pupil.Band;

/**
 * The process-map band for a parent: what it means and what happens next, supportive and never a
 * threat (DOMAIN.md). The heading says the band in words, so nothing depends on colour.
 */
final class BandWords {

    /** @param heading the band in a few words; @param meaning what it means; @param next what happens next */
    record Text(String heading, String meaning, String next) {}

    private BandWords() {}

    static Text of(Band band, String forename) {
        return switch (band) {
            case EXCELLENT -> new Text(
                    "Excellent attendance",
                    "Thank you. Being in school every day gives " + forename
                            + " the best chance to learn and to be with friends.",
                    "Nothing more is needed: please keep it up.");
            case EARLY_CONCERN -> new Text(
                    "Good attendance, a little below where we would like it",
                    "Every day counts. A few days missed here and there soon add up.",
                    "Please keep going, and tell us if something is making it harder for " + forename
                            + " to come to school.");
            case AT_RISK -> new Text(
                    "Attendance that needs some attention",
                    forename
                            + " is missing more school than we would like. We would like to help now, before it becomes harder.",
                    "The form tutor may get in touch to talk about how we can help together.");
            case HIGH_RISK -> new Text(
                    "Attendance close to persistent absence",
                    forename
                            + "'s attendance is close to 90%, the level the Department for Education calls persistent absence.",
                    "We would like to meet you to agree a plan and a target together, and the support " + forename
                            + " needs.");
            case PERSISTENT_ABSENCE -> new Text(
                    "Persistent absence",
                    "At 90% or below, " + forename
                            + " is missing about half a day or more every week. The Department for"
                            + " Education calls this persistent absence.",
                    "We will contact you to meet, agree an individual target and put support in place. We may also write"
                            + " to you formally so that we can all see how things improve.");
            case SERIOUS_CONCERN -> new Text(
                    "Attendance we are worried about",
                    forename + " is missing a lot of school, and we want to work with you to change that.",
                    "We will contact you to agree a plan with you. If more help is needed, we can ask the local"
                            + " authority's attendance service to support " + forename + " and your family.");
        };
    }
}
