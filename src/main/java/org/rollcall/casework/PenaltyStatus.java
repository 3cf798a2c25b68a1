package org.rollcall.casework;

/** What became of a penalty notice. A withdrawn notice does not count towards the limit of two. */
public enum PenaltyStatus {
    ISSUED,
    PAID,
    WITHDRAWN
}
