package org.rollcall.reporting.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.util.List;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;
import org.junit.jupiter.api.Test;

/** Which lines Rollcall writes itself, and which it leaves to OpenPDF's ColumnText (PlainLineLayoutTest compares). */
class PlainLinePhraseTest {
    private static final Font FONT = font();

    @Test
    void plainRunsLeftRightOrCentredAreWrittenWithoutTheirTrailingSpace() {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk("Attendance: ", FONT));
        phrase.add(new Chunk("85.00%  ", new Font(FONT.getBaseFont(), 11, Font.NORMAL, Color.BLUE)));
        phrase.add(new Chunk(" ", FONT));
        for (PdfTextAlignment alignment :
                List.of(PdfTextAlignment.LEFT, PdfTextAlignment.RIGHT, PdfTextAlignment.CENTER)) {
            List<PlainLinePhrase.Run> runs = PlainLinePhrase.plainRuns(phrase, alignment, TextDirection.LTR, 1.16f);
            assertEquals(2, runs.size(), alignment.toString());
            assertEquals("Attendance: ", runs.get(0).text());
            assertEquals("85.00%", runs.get(1).text());
        }
    }

    @Test
    void anythingElseGoesToOpenPdf() {
        assertNull(runs(new Chunk("Justified", FONT), PdfTextAlignment.JUSTIFIED, TextDirection.LTR));
        assertNull(runs(new Chunk("Right to left", FONT), PdfTextAlignment.LEFT, TextDirection.RTL));
        assertNull(
                runs(new Chunk("Underlined", FONT).setUnderline(0.5f, -1f), PdfTextAlignment.LEFT, TextDirection.LTR));
        assertNull(runs(
                new Chunk("Background", FONT).setBackground(Color.YELLOW), PdfTextAlignment.LEFT, TextDirection.LTR));
        assertNull(runs(
                new Chunk("Simulated bold", new Font(FONT.getBaseFont(), 9, Font.BOLD)),
                PdfTextAlignment.LEFT,
                TextDirection.LTR));
        assertNull(runs(new Chunk("a\ttab", FONT), PdfTextAlignment.LEFT, TextDirection.LTR));
        assertNull(runs(new Chunk("\u05e9\u05dc\u05d5\u05dd", FONT), PdfTextAlignment.LEFT, TextDirection.LTR));
        assertNull(runs(new Chunk("   ", FONT), PdfTextAlignment.LEFT, TextDirection.LTR));
        assertNull(PlainLinePhrase.plainRuns(
                new Phrase(new Chunk("no leading", FONT)), PdfTextAlignment.LEFT, TextDirection.LTR, 0f));
    }

    @Test
    void leftToRightTextIsLatinAndPunctuationNotMarksControlsHebrewOrArabic() {
        assertTrue(PlainLinePhrase.leftToRightOnly(
                "Zo\u00eb \u0141ukasz-O'Brien: 1\u00bd days \u2014 96% \u00b7 \u00a35"));
        assertFalse(PlainLinePhrase.leftToRightOnly("line\nbreak"));
        assertFalse(PlainLinePhrase.leftToRightOnly("mark\u200fhere"));
        assertFalse(PlainLinePhrase.leftToRightOnly("\u0645\u0631\u062d\u0628\u0627"));
        assertFalse(PlainLinePhrase.leftToRightOnly("emoji \ud83d\ude00"));
    }

    private static List<PlainLinePhrase.Run> runs(Chunk chunk, PdfTextAlignment alignment, TextDirection direction) {
        return PlainLinePhrase.plainRuns(new Phrase(chunk), alignment, direction, 1.16f);
    }

    private static Font font() {
        try {
            BaseFont dejaVu = BaseFont.createFont(
                    "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            return new Font(dejaVu, 9, Font.NORMAL, Color.BLACK);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
