package org.rollcall.reporting.sef;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the SEF section as a Word document for pasting and editing: headings with Word's own
 * heading styles (so they show in the navigation pane and a pasted heading stays a heading), plain
 * paragraphs, and real tables at the page's full width with a repeating header row, all of which
 * reflow. Apache POI, not JasperReports' DOCX exporter, which writes positioned frames.
 */
@ApplicationScoped
public class SefDocxWriter {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TITLE_STYLE = "Heading1";
    static final String HEADING_STYLE = "Heading2";

    public byte[] write(SefSection sef) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(sef.title());
            doc.getProperties().getCoreProperties().setCreator("Rollcall");
            XWPFStyles styles = doc.createStyles();
            addHeadingStyle(styles, TITLE_STYLE, "heading 1", 0, 32);
            addHeadingStyle(styles, HEADING_STYLE, "heading 2", 1, 26);
            styled(
                    doc,
                    TITLE_STYLE,
                    "Attendance: self-evaluation evidence " + sef.latest().year(),
                    16);
            doc.createParagraph().createRun().setText(sef.schoolName());
            for (SefBlock block : SefLayout.blocks(sef)) {
                switch (block.kind()) {
                    case HEADING -> styled(doc, HEADING_STYLE, block.text(), 13);
                    case PARAGRAPH -> doc.createParagraph().createRun().setText(block.text());
                    case NOTE -> note(doc, block.text());
                    case TABLE -> table(doc, block);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the SEF section as a Word document", e);
        }
    }

    private static void styled(XWPFDocument doc, String style, String text, int points) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(true);
        run.setFontSize(points);
        run.setColor("1F3B57");
    }

    private static void note(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setItalic(true);
        run.setFontSize(8);
    }

    private static void table(XWPFDocument doc, SefBlock block) {
        XWPFRun caption = doc.createParagraph().createRun();
        caption.setText(block.text());
        caption.setBold(true);
        XWPFTable table =
                doc.createTable(block.rows().size() + 1, block.columns().size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        fill(head, block.columns(), true);
        for (int i = 0; i < block.rows().size(); i++) {
            fill(table.getRow(i + 1), block.rows().get(i), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells.get(i));
            run.setBold(bold);
            run.setFontSize(9);
        }
    }

    // A new document has no styles: Word's built-in heading styles are added with their outline level,
    // which is what makes a paragraph a heading for Word, its navigation pane and screen readers.
    private static void addHeadingStyle(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        CTString styleName = CTString.Factory.newInstance();
        styleName.setVal(name);
        ct.setName(styleName);
        CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
        priority.setVal(BigInteger.valueOf(9));
        ct.setUiPriority(priority);
        ct.setQFormat(CTOnOff.Factory.newInstance());
        CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
        CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
        outline.setVal(BigInteger.valueOf(level));
        paragraph.setOutlineLvl(outline);
        paragraph.addNewKeepNext();
        ct.setPPr(paragraph);
        ct.addNewRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
