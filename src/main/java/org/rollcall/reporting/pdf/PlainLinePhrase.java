package org.rollcall.reporting.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

/**
 * A phrase of JasperReports' PDF exporter that writes a plain line of text itself: left, right or centred,
 * left to right, one or more runs of plain text (no underline, link, background, tab, simulated bold) that fit
 * the width. That is every line of Rollcall's documents, since the fill saves its line breaks (see
 * {@link PdfSettings#context}) and the exporter hands over one line at a time. OpenPDF's {@code ColumnText}
 * would lay the line out again, through the Unicode bidirectional algorithm, which was a fifth of a parent
 * printout's render time. The line goes where {@code ColumnText} puts it: baseline one leading (the largest
 * font size times the line spacing) below the top, and nothing is drawn when that falls below the bottom.
 * Anything else goes to {@code ColumnText} as before.
 */
final class PlainLinePhrase extends ClassicPhrase {
    private final ClassicPdfProducer producer;
    private final Phrase phrase;

    PlainLinePhrase(ClassicPdfProducer producer, Phrase phrase) {
        super(producer, phrase);
        this.producer = producer;
        this.phrase = phrase;
    }

    @Override
    public float go(
            float llx,
            float lly,
            float urx,
            float ury,
            float fixedLeading,
            float multipliedLeading,
            PdfTextAlignment alignment,
            TextDirection runDirection) {
        List<Run> runs = plainRuns(phrase, alignment, runDirection, multipliedLeading);
        if (runs == null) {
            return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, runDirection);
        }
        float left = Math.min(llx, urx);
        float available = Math.max(llx, urx) - left;
        float top = Math.max(lly, ury);
        float bottom = Math.min(lly, ury);
        float width = 0;
        float size = 0;
        for (Run run : runs) {
            Font font = run.font();
            width += font.getBaseFont().getWidthPoint(run.text(), font.getSize());
            size = Math.max(size, font.getSize());
        }
        if (width > available + 0.001f) {
            // OpenPDF's widths would wrap what the fill's measured as one line: let it
            return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, runDirection);
        }
        float baseline = top - (fixedLeading + size * multipliedLeading);
        if (baseline < bottom) {
            return top;
        }
        float x = left
                + switch (alignment) {
                    case RIGHT -> available - width;
                    case CENTER -> (available - width) / 2f;
                    default -> 0f;
                };
        write(producer.getPdfContentByte(), runs, x, baseline);
        return baseline;
    }

    /** As OpenPDF writes a line: the font when it changes, then each run's colour, its text, the colour reset. */
    private static void write(PdfContentByte canvas, List<Run> runs, float x, float baseline) {
        canvas.beginText();
        canvas.setTextMatrix(x, baseline);
        BaseFont current = null;
        float currentSize = 0;
        for (Run run : runs) {
            Font font = run.font();
            if (font.getBaseFont() != current || font.getSize() != currentSize) {
                current = font.getBaseFont();
                currentSize = font.getSize();
                canvas.setFontAndSize(current, currentSize);
            }
            Color color = font.getColor();
            if (color != null) {
                canvas.setColorFill(color);
            }
            canvas.showText(run.text());
            if (color != null) {
                canvas.resetRGBColorFill();
            }
        }
        canvas.endText();
    }

    /** The phrase's runs when it is a plain line this class writes (trailing white space off); null when it is not. */
    static List<Run> plainRuns(
            Phrase phrase, PdfTextAlignment alignment, TextDirection direction, float multipliedLeading) {
        if (direction != TextDirection.LTR
                || multipliedLeading <= 0
                || !(alignment == PdfTextAlignment.LEFT
                        || alignment == PdfTextAlignment.RIGHT
                        || alignment == PdfTextAlignment.CENTER)) {
            return null;
        }
        List<Run> runs = new ArrayList<>(phrase.size());
        for (Element element : phrase) {
            if (!(element instanceof Chunk chunk) || !plain(chunk)) {
                return null;
            }
            runs.add(new Run(chunk.getFont(), chunk.getContent()));
        }
        // as OpenPDF does, the phrase's trailing white space (every character up to the space) is not written
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            int end = last.text().length();
            while (end > 0 && last.text().charAt(end - 1) <= ' ') {
                end--;
            }
            if (end > 0) {
                runs.set(runs.size() - 1, new Run(last.font(), last.text().substring(0, end)));
                break;
            }
            runs.remove(runs.size() - 1);
        }
        // a phrase of white space alone is a line OpenPDF writes empty: leave it to OpenPDF
        return runs.isEmpty() ? null : runs;
    }

    /** Some text in one font. */
    record Run(Font font, String text) {}

    private static boolean plain(Chunk run) {
        Map<String, Object> attributes = run.getChunkAttributes();
        Font font = run.getFont();
        int style = font.getStyle();
        return (attributes == null || attributes.isEmpty())
                && font.getBaseFont() != null
                && font.getSize() > 0
                && (style == Font.NORMAL || style == Font.UNDEFINED)
                && leftToRightOnly(run.getContent());
    }

    /**
     * Text with nothing the line layout treats specially: no control characters (tab, line feed), no characters
     * OpenPDF does not print (bidirectional marks, zero-width space) and nothing right to left.
     */
    static boolean leftToRightOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                return false;
            }
            if (c >= 0x0590) {
                if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                    return false;
                }
                if (Character.isSurrogate(c)) {
                    return false;
                }
                byte bidi = Character.getDirectionality(c);
                if (bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || bidi == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                        || bidi == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                    return false;
                }
            }
        }
        return true;
    }
}
