package org.rollcall.reporting.printout;

/**
 * One row of the printout's table of sessions: what happened, whether the school agreed it (absences
 * only, else empty), how many sessions, and the same in days.
 */
public class SessionRow {
    private final String label;
    private final String agreed;
    private final long sessions;
    private final String days;

    public SessionRow(String label, String agreed, long sessions) {
        this.label = label;
        this.agreed = agreed;
        this.sessions = sessions;
        this.days = PlainWords.days(sessions);
    }

    public String getLabel() {
        return label;
    }

    public String getAgreed() {
        return agreed;
    }

    public long getSessions() {
        return sessions;
    }

    public String getDays() {
        return days;
    }
}
