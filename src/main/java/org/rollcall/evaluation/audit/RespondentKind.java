package org.rollcall.evaluation.audit;

/** Whose view a respondent gives (seed 001: staff first; parents, pupils and partners for a deeper analysis). */
public enum RespondentKind {
    STAFF,
    PARENT,
    PUPIL,
    PARTNER
}
