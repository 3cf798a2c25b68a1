package org.rollcall.runs;

/** Where a run is: queued, running, completed (documents archived, mail queued or sent) or failed. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
