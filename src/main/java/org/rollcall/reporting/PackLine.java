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
    /** Where the template draws the second chart (the weekly trend) from its own parameter. */
    public static final String CHART = "CHART";

    private final String kind;
    private final String[] cells = new String[7];
    private boolean tableEnd;

    private PackLine(String kind, String... values) {
        if (values.length > cells.length) {
            throw new IllegalArgumentException("A line has at most " + cells.length + " cells, got " + values.length);
        }
        this.kind = kind;
        for (int i = 0; i < cells.length; i++) {
            cells[i] = i < values.length ? values[i] : "";
        }
    }

    /** A figure, sign and unit included ("95.50%", "12", "+1.00 pts", "-0.5%"), or the dash of one not shown. */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("[+\\-\u2212]?\\d[\\d,]*(\\.\\d+)?( ?%| pts)?|[\u2013\u2014-]");

    /**
     * Whether a cell holds a figure: the template sets figures to the right, so their digits line up, and words
     * ("Amber", "Partly in place", an owner's name) to the left.
     */
    public static boolean isFigure(String cell) {
        return cell != null && FIGURE.matcher(cell.strip()).matches();
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

    public static PackLine chart() {
        return new PackLine(CHART);
    }

    public static PackLine text(String paragraph) {
        return new PackLine(TEXT, paragraph);
    }

    /**
     * The lines with the last line of each table (column heads followed by rows) flagged, so the template can
     * close the tagged table there.
     */
    static java.util.List<PackLine> withTableEnds(java.util.List<PackLine> lines) {
        java.util.List<PackLine> flagged = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PackLine line = lines.get(i);
            boolean inTable = COLUMNS.equals(line.kind) || ROW.equals(line.kind);
            boolean nextInTable = i + 1 < lines.size() && ROW.equals(lines.get(i + 1).kind);
            PackLine copy = new PackLine(line.kind, line.cells);
            copy.tableEnd = inTable && !nextInTable;
            flagged.add(copy);
        }
        return flagged;
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

    /** True on the last line of a table (see {@link #withTableEnds}). */
    public Boolean getTableEnd() {
        return tableEnd;
    }
}
