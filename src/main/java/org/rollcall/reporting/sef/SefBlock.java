package org.rollcall.reporting.sef;

import java.util.List;

/**
 * One block of the SEF section as both writers print it: a heading, an evidence paragraph, a note, or
 * a table (column heads and rows of cells, every row as wide as the heads).
 */
public record SefBlock(Kind kind, String text, List<String> columns, List<List<String>> rows) {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        NOTE,
        TABLE
    }

    public SefBlock {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of table '" + text + "' has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
        if (kind == Kind.TABLE && rows.isEmpty()) {
            throw new IllegalArgumentException("Table '" + text + "' has no rows: say so in a paragraph instead");
        }
    }

    public static SefBlock heading(String text) {
        return new SefBlock(Kind.HEADING, text, List.of(), List.of());
    }

    public static SefBlock paragraph(String text) {
        return new SefBlock(Kind.PARAGRAPH, text, List.of(), List.of());
    }

    public static SefBlock note(String text) {
        return new SefBlock(Kind.NOTE, text, List.of(), List.of());
    }

    /** @param caption what the table shows, for people and screen readers */
    public static SefBlock table(String caption, List<String> columns, List<List<String>> rows) {
        return new SefBlock(Kind.TABLE, caption, columns, rows);
    }
}
