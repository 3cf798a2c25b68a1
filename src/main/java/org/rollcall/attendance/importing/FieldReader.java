package org.rollcall.attendance.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one row's optional fields in the forms the CSV contract allows (dates YYYY-MM-DD,
 * booleans Y/N, SEN N/K/E), reporting each bad value with the row's line and the column.
 * An empty field is "not given", never an error here.
 */
final class FieldReader {
    private final CsvTable table;
    private final CsvTable.Row row;
    private final ImportErrors errors;

    FieldReader(CsvTable table, CsvTable.Row row, ImportErrors errors) {
        this.table = table;
        this.row = row;
        this.errors = errors;
    }

    String text(String column) {
        return row.get(column);
    }

    Optional<String> optionalText(String column) {
        String value = row.get(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            fail(column, value, column + " is required");
        }
        return value;
    }

    Optional<LocalDate> date(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            fail(column, value, "not a date in the form YYYY-MM-DD");
            return Optional.empty();
        }
    }

    Optional<Boolean> yesNo(String column) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        switch (value) {
            case "" -> {
                return Optional.empty();
            }
            case "Y" -> {
                return Optional.of(true);
            }
            case "N" -> {
                return Optional.of(false);
            }
            default -> {
                fail(column, row.get(column), "use Y or N");
                return Optional.empty();
            }
        }
    }

    Optional<String> oneOf(String column, Set<String> allowed, String hint) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!allowed.contains(value)) {
            fail(column, row.get(column), hint);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    void fail(String column, String value, String reason) {
        errors.add(table.error(row.line(), column, value, reason));
    }

    long line() {
        return row.line();
    }
}
