package org.rollcall.reporting;

/**
 * One line of a report's body after its title page: a section heading, a table's column heads, a
 * table row, or a paragraph. The template draws each kind in its own band; a line carries up to
 * seven cells. A JavaBean (not a record) because JasperReports reads fields through getters.
 */
public class PackLine {
    public static final String HEADING = "HEADING";
    public static final String COLUMNS = "COLUMNS";
    public static final String ROW = "ROW";
    public static final String TEXT = "TEXT";

    private final String kind;
    private final String[] cells = new String[7];

    private PackLine(String kind, String... values) {
        if (values.length > cells.length) {
            throw new IllegalArgumentException("A line has at most " + cells.length + " cells, got " + values.length);
        }
        this.kind = kind;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i < values.length ? values[i] : "";
        }
    }

    public static PackLine heading(String text) {
        return new PackLine(HEADING, text);
    }

    public static PackLine columns(String... heads) {
        return new PackLine(COLUMNS, heads);
    }

    public static PackLine row(String... values) {
        return new PackLine(ROW, values);
    }

    public static PackLine text(String paragraph) {
        return new PackLine(TEXT, paragraph);
    }

    public String getKind() {
        return kind;
    }

    public String getC1() {
        return cells[0];
    }

    public String getC2() {
        return cells[1];
    }

    public String getC3() {
        return cells[2];
    }

    public String getC4() {
        return cells[3];
    }

    public String getC5() {
        return cells[4];
    }

    public String getC6() {
        return cells[5];
    }

    public String getC7() {
        return cells[6];
    }
}
