package org.rollcall.casework.letters;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.rollcall.casework.InterventionType;

/**
 * What each letter says, in plain and supportive words: the parts that differ between stage 1, 2,
 * 3 and the Notice to Improve. The layout and the parts every letter shares (figures, support,
 * the champion's contact) are in {@code reports/letter-casework.jrxml}.
 *
 * @param datesIntro present when the letter lists the dates of absence
 * @param unauthorisedOnly the listed dates are unauthorised absence only (the Notice to Improve)
 */
record LetterWording(
        String stageName,
        String heading,
        String opening,
        Optional<String> datesIntro,
        boolean unauthorisedOnly,
        String next) {

    static final Set<InterventionType> LETTERS = EnumSet.of(
            InterventionType.STAGE_1_LETTER,
            InterventionType.STAGE_2_LETTER,
            InterventionType.STAGE_3_LETTER,
            InterventionType.NOTICE_TO_IMPROVE);

    static final String SUPPORT = "We want to help. We can offer a member of staff for %s to talk to, help with"
            + " mornings and getting to school, a meeting to agree an attendance plan, and a referral to the school"
            + " nurse or to early help if there is a health or family reason. Please tell us what would help.";

    /** @param ends the end of the improvement period, for a Notice to Improve */
    static LetterWording of(
            InterventionType type, String forename, PupilFigures figures, LocalDate date, LocalDate ends) {
        return switch (type) {
            case STAGE_1_LETTER -> stage1(forename, figures);
            case STAGE_2_LETTER -> stage2(forename, figures);
            case STAGE_3_LETTER -> stage3(forename, figures);
            case NOTICE_TO_IMPROVE -> noticeToImprove(forename, figures, date, ends);
            default -> throw new IllegalArgumentException(type + " is not a letter");
        };
    }

    private static LetterWording stage1(String forename, PupilFigures figures) {
        return new LetterWording(
                "Stage 1 letter",
                forename + "'s attendance at school",
                "We are writing because " + forename + "'s attendance this school year is " + figures.rate()
                        + ". Every"
                        + " day in school matters for learning and for friendships, and we would like to work with"
                        + " you so that " + forename + " can be in school more often.",
                Optional.empty(),
                false,
                "Please talk to us if something is making it hard for " + forename + " to come to school. We will"
                        + " look at " + forename + "'s attendance again in four weeks.");
    }

    private static LetterWording stage2(String forename, PupilFigures figures) {
        return new LetterWording(
                "Stage 2 letter",
                "Our concerns about " + forename + "'s attendance",
                "We wrote to you before about " + forename + "'s attendance. It is now " + figures.rate()
                        + ", and we are concerned. This is a formal letter about our concerns.",
                Optional.of(forename + " missed these sessions in the last 10 school weeks:"),
                false,
                "If " + forename
                        + " was ill, please send us medical evidence, such as an appointment card or a note"
                        + " from the doctor or pharmacist. We would like to meet you to agree a plan together.");
    }

    private static LetterWording stage3(String forename, PupilFigures figures) {
        return new LetterWording(
                "Stage 3 letter",
                "A meeting about " + forename + "'s attendance",
                "We have written to you about " + forename + "'s attendance, which is now " + figures.rate()
                        + ". We need to meet you to agree what happens next.",
                Optional.of(forename + " missed these sessions in the last 10 school weeks:"),
                false,
                "At the meeting we will agree a plan with you, such as a parenting contract, and the support we will"
                        + " give. If attendance does not improve, the school may ask the local authority's attendance"
                        + " service to become involved.");
    }

    private static LetterWording noticeToImprove(
            String forename, PupilFigures figures, LocalDate date, LocalDate ends) {
        return new LetterWording(
                "Notice to Improve",
                "Notice to Improve: " + forename + "'s attendance",
                "This is a Notice to Improve. " + forename + " has missed " + figures.unauthorised()
                        + " sessions this"
                        + " school year without the school's permission (unauthorised absence). As a parent, you have a"
                        + " legal duty to make sure your child attends school regularly.",
                Optional.of("The sessions of unauthorised absence in the last 10 school weeks:"),
                true,
                "The improvement period runs from " + LetterDates.text(date) + " to " + LetterDates.text(ends)
                        + ". Improvement means no unauthorised absence in that time. If there is unauthorised absence"
                        + " in the improvement period, the school may ask the local authority to issue a penalty notice"
                        + " (160 pounds, reduced to 80 pounds if paid within 21 days).");
    }
}
