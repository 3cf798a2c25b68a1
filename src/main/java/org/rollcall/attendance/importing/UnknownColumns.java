package org.rollcall.attendance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Warnings for header columns an import does not use: MIS exports often carry extra columns. */
final class UnknownColumns {
    private UnknownColumns() {
    }

    static List<String> warnings(List<String> header, List<String> required, List<String> optional) {
        List<String> warnings = new ArrayList<>();
        for (String column : header) {
            String name = column.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !required.contains(name) && !optional.contains(name)) {
                warnings.add("column '" + column.trim() + "' is not used by Rollcall and was ignored");
            }
        }
        return warnings;
    }
}
