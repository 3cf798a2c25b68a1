package org.rollcall.reporting.sef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.reporting.JasperRenderer;

/** Writes the SEF section as a tagged PDF from {@code reports/sef-section.jrxml}. */
@ApplicationScoped
public class SefPdfWriter {
    public static final String TEMPLATE = "sef-section";
    public static final String CONTENT_TYPE = "application/pdf";

    @Inject
    JasperRenderer renderer;

    public SefPdfWriter() {}

    /** For tests without CDI. */
    public SefPdfWriter(JasperRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] write(SefSection sef) {
        return renderer.renderPdf(
                TEMPLATE,
                sef.title(),
                Map.of("SCHOOL_NAME", sef.schoolName(), "YEAR", sef.latest().year()),
                lines(SefLayout.blocks(sef)));
    }

    static List<SefLine> lines(List<SefBlock> blocks) {
        List<SefLine> lines = new ArrayList<>();
        for (SefBlock b : blocks) {
            switch (b.kind()) {
                case HEADING -> lines.add(new SefLine("HEADING", List.of(b.text()), false));
                case PARAGRAPH -> lines.add(new SefLine("TEXT", List.of(b.text()), false));
                case NOTE -> lines.add(new SefLine("NOTE", List.of(b.text()), false));
                case TABLE -> table(b, lines);
            }
        }
        return lines;
    }

    private static void table(SefBlock table, List<SefLine> lines) {
        String layout =
                switch (table.columns().size()) {
                    case 7 -> "T7";
                    case 5 -> "T5";
                    default -> throw new IllegalArgumentException("The SEF template has tables of 7 or 5 columns, not "
                            + table.columns().size() + " (" + table.text() + ")");
                };
        lines.add(new SefLine(layout + "HEAD", table.columns(), false, table.text()));
        for (int i = 0; i < table.rows().size(); i++) {
            lines.add(new SefLine(
                    layout + "ROW", table.rows().get(i), i == table.rows().size() - 1));
        }
    }
}
