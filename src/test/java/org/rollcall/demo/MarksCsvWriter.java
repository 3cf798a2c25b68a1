package org.rollcall.demo;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes marks as {@code upn,date,session,code,minutes_late}, one line per session, by hand rather
 * than through a CSV library: a million lines of fields that never need quoting.
 */
final class MarksCsvWriter {

    static final String HEADER = "upn,date,session,code,minutes_late";

    private final Writer out;
    private final StringBuilder line = new StringBuilder(64);
    private long written;

    MarksCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER);
        out.write('\n');
    }

    void write(String upn, SchoolDays days, PupilRegister register) throws IOException {
        for (int i = 0; i < register.days(); i++) {
            if (register.onRoll(i)) {
                line(upn, days.isoDates[i], "AM", register.am[i], register.amMinutes[i]);
                line(upn, days.isoDates[i], "PM", register.pm[i], register.pmMinutes[i]);
            }
        }
    }

    long written() {
        return written;
    }

    private void line(String upn, String date, String session, String code, int minutes) throws IOException {
        line.setLength(0);
        line.append(upn)
                .append(',')
                .append(date)
                .append(',')
                .append(session)
                .append(',')
                .append(code)
                .append(',');
        // Minutes late belong to L and U only; any other code leaves the column empty.
        if (code.equals("L") || code.equals("U")) {
            line.append(minutes);
        }
        line.append('\n');
        out.append(line);
        written++;
    }
}
