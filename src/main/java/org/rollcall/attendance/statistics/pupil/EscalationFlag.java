package org.rollcall.attendance.statistics.pupil;

/** A step the process map (seed 003) and the DfE definitions call for, with what it means. */
public enum EscalationFlag {
    PERSISTENT_ABSENCE("Persistently absent: attendance at or below 90.0% of possible sessions."),
    SEVERE_ABSENCE("Severely absent: missing 50% or more of possible sessions."),
    STAGE_1_LETTER("At risk of becoming persistently absent: a more formal approach, including a stage 1 letter."),
    STAGE_2_LETTER(
            "Formal warning letter advising parents of concerns and requesting medical evidence where appropriate (stage 2)."),
    STAGE_3_MONITORING(
            "Initiate stage 3 of attendance monitoring: check the memorandum of understanding and the referral criteria for the attendance service."),
    REFER_TO_ATTENDANCE_SERVICE(
            "At 85% or below for 6 weeks: gather the evidence of support as a case study and refer to the attendance service if the MOU criteria are met.");

    private final String description;

    EscalationFlag(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
