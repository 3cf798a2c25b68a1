package org.rollcall.evaluation.synthesis;

/** Red, Amber or Green: where a score falls on its framework's scale. */
public enum Rag {
    RED,
    AMBER,
    GREEN
}
