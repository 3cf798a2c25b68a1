package org.rollcall.attendance.statistics.pupil;

/**
 * The rows of the attendance process map (seed 003), best first. Limits are school policy: see
 * {@link BandLimits} for which side of each limit belongs to which band.
 */
public enum Band {
    /** At or above the top limit (default 97%): congratulate. */
    EXCELLENT,
    /** Below the top limit, at or above the second (default 95% to under 97%): beginning to cause concern. */
    EARLY_CONCERN,
    /** Below the second, at or above the third (default 92% to under 95%): at risk of becoming PA. */
    AT_RISK,
    /** Below the third, above the PA limit (default over 90% to under 92%): high risk, not yet PA. */
    HIGH_RISK,
    /** At or below the PA limit, above the serious limit (default over 85% to 90.0%): persistently absent. */
    PERSISTENT_ABSENCE,
    /** At or below the serious limit (default 85.0% and below): serious concern, the attendance service. */
    SERIOUS_CONCERN
}
