package org.rollcall.casework.trigger;

/** Why a pupil is on the casework worklist. */
public enum TriggerKind {
    PERSISTENT_ABSENCE("Persistently absent year to date: attendance at or below 90.0%."),
    SEVERE_ABSENCE("Severely absent year to date: missing 50% or more of possible sessions."),
    SERIOUS_SIX_WEEKS("Six consecutive school weeks at or below the school's serious limit: build a case study"
            + " and refer to the local authority's attendance service."),
    PENALTY_THRESHOLD("10 or more sessions of unauthorised absence within 10 school weeks: a penalty notice"
            + " must be considered (national framework)."),
    CONTINUOUS_UNAUTHORISED("10 consecutive school days of unauthorised absence: tell the local authority."),
    FALLING("Attendance over the last 4 school weeks is falling against the earlier weeks."),
    MISSING_MARKS("Open sessions without a mark: complete the register."),
    NOTICE_TO_IMPROVE_ENDED(
            "A Notice to Improve's improvement period ended without improvement: decide on the" + " penalty notice.");

    private final String description;

    TriggerKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
