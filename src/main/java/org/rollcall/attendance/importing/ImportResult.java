package org.rollcall.attendance.importing;

/** What an import did: counts of rows added, changed and left as they were. */
public record ImportResult(String file, String kind, int rows, int added, int changed, int unchanged) {
}
