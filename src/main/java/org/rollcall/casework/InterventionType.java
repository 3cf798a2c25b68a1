package org.rollcall.casework;

/** What the school did, from the process map's ladder and the national framework for penalty notices. */
public enum InterventionType {
    CONVERSATION,
    TARGET_SET,
    STAGE_1_LETTER,
    STAGE_2_LETTER,
    STAGE_3_LETTER,
    MEETING,
    HOME_VISIT,
    PARENTING_CONTRACT,
    ATTENDANCE_CONTRACT,
    EARLY_HELP,
    CHILD_IN_NEED_MEETING,
    CASE_STUDY,
    LA_REFERRAL,
    /** Comes before a penalty notice; carries the end of its improvement period (3 to 6 weeks). */
    NOTICE_TO_IMPROVE,
    /** Issued to one parent; at most two per parent per child in three years. */
    PENALTY_NOTICE,
    PROSECUTION,
    OTHER
}
