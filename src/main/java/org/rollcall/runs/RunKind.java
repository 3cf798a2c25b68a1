package org.rollcall.runs;

/** The kinds of report a run can produce. */
public enum RunKind {
    GOVERNOR_PACK
}
