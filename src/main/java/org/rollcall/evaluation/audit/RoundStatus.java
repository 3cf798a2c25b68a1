package org.rollcall.evaluation.audit;

/**
 * Where a round is: respondents score alone ({@code SCORING}); the lead has closed scoring and the
 * scores are seen side by side and agreed ({@code REVIEW}); the round is finished ({@code CLOSED}).
 */
public enum RoundStatus {
    SCORING,
    REVIEW,
    CLOSED
}
