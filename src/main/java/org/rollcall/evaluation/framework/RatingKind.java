package org.rollcall.evaluation.framework;

/** How respondents rate a framework's items: a number on a scale, or Red/Amber/Green (stored as 1/2/3). */
public enum RatingKind {
    SCALE,
    RAG
}
