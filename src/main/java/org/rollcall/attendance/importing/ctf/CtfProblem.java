package org.rollcall.attendance.importing.ctf;

/**
 * One thing wrong in a CTF, located well enough for a school office to find it.
 *
 * @param field the element at fault (e.g. {@code DOB}), or {@code "file"} for the file as a whole
 * @param value the offending text, shortened; empty when there is none
 */
public record CtfProblem(String file, int line, int column, String field, String value, String reason) {

    private static final int MAX_VALUE = 60;

    public CtfProblem {
        value = value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "..." : value;
    }

    @Override
    public String toString() {
        return file + " line " + line + ", column " + column + ", " + field
                + (value.isEmpty() ? "" : " '" + value + "'") + ": " + reason;
    }
}
