package org.rollcall.reporting.printout;

/** One row of the printout's table of sessions: what happened, how many sessions, and the same in days. */
public class SessionRow {
    private final String label;
    private final long sessions;
    private final String days;

    public SessionRow(String label, long sessions) {
        this.label = label;
        this.sessions = sessions;
        this.days = PlainWords.days(sessions);
    }

    public String getLabel() {
        return label;
    }

    public long getSessions() {
        return sessions;
    }

    public String getDays() {
        return days;
    }
}
