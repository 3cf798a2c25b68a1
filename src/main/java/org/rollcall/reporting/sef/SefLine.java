package org.rollcall.reporting.sef;

import java.util.List;

/**
 * One line of the SEF template's body: a heading, a paragraph, a note, or the head
 * or a row of a seven- or five-column table ({@code T7HEAD}, {@code T7ROW}, {@code T5HEAD},
 * {@code T5ROW}); a table's head carries its caption. {@code last} marks a table's last row, where the template closes the table tag.
 * A JavaBean, not a record: JasperReports reads fields through getters.
 */
public class SefLine {
    private final String kind;
    private final String[] cells = new String[7];
    private final boolean last;
    private final String caption;

    SefLine(String kind, List<String> values, boolean last) {
        this(kind, values, last, "");
    }

    /** @param caption printed above a table's head, in the same band, so it never stays behind on the page before */
    SefLine(String kind, List<String> values, boolean last, String caption) {
        if (values.size() > cells.length) {
            throw new IllegalArgumentException("A line has at most " + cells.length + " cells, got " + values.size());
        }
        this.kind = kind;
        this.last = last;
        this.caption = caption;
        for (int i = 0; i < cells.length; i++) {
            // an empty cell would print no text and so lose its table tag: a dash keeps every cell tagged
            cells[i] = i < values.size() ? (values.get(i).isBlank() ? SefWords.NONE : values.get(i)) : "";
        }
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

    public String getCaption() {
        return caption;
    }

    public Boolean getLast() {
        return last;
    }
}
