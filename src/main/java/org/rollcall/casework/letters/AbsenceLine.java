package org.rollcall.casework.letters;

/** One session of absence as a letter lists it (a bean with getters: JasperReports cannot read records). */
public class AbsenceLine {
    private final String date;
    private final String session;
    private final String reason;

    public AbsenceLine(String date, String session, String reason) {
        this.date = date;
        this.session = session;
        this.reason = reason;
    }

    public String getDate() {
        return date;
    }

    public String getSession() {
        return session;
    }

    public String getReason() {
        return reason;
    }
}
