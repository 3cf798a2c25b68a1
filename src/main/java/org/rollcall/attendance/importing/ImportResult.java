package org.rollcall.attendance.importing;

import java.util.List;

/** What an import did: counts of rows added, changed and left as they were, and any warnings. */
public record ImportResult(
        Long importId,
        String file,
        String kind,
        int rows,
        int added,
        int changed,
        int unchanged,
        List<String> warnings) {

    public ImportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    ImportResult withId(long id) {
        return new ImportResult(id, file, kind, rows, added, changed, unchanged, warnings);
    }
}
