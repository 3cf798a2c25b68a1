package org.rollcall.attendance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings for header columns an import does not use (MIS exports often carry extra columns),
 * after the table's own (an internal column in an upload).
 */
final class UnknownColumns {
    private UnknownColumns() {}

    static List<String> warnings(CsvTable table, List<String> required, List<String> optional) {
        List<String> warnings = new ArrayList<>(table.warnings());
        for (String column : table.header()) {
            String name = column.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()
                    && !required.contains(name)
                    && !optional.contains(name)
                    && !CsvTable.INTERNAL.contains(name)) {
                warnings.add("column '" + column.trim() + "' is not used by Rollcall and was ignored");
            }
        }
        return warnings;
    }
}
