package org.rollcall.reporting.pdf;

import java.text.AttributedCharacterIterator.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRIdentifiable;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextMeasurerFactory;

/**
 * JasperReports' text measurer, remembering what it measured: the same text in the same element of the same
 * template, measured with the same room, gives the same lines, so it is measured once. In a run most of a
 * printout's texts are the same in every letter (the letterhead, the headings, the table's labels and numbers,
 * the champion's line). A print-file page meets its pupil's own sentences for the second time only, so they
 * are measured again there. Measuring was a sixth of a printout's time (profile of PrintoutRenderProfile). A
 * measure is kept only once its text has come a third time (until then only the key's hash is): the sentences
 * with a pupil's name come once, or twice when the pupil has a print-file page too, so they do not fill it (kept
 * from their second sighting, some 4,400 of them a run went into the old generation, never to be used again); and
 * it is bounded: emptied when it holds {@link #MOST} measures.
 */
public final class RememberedMeasures implements JRTextMeasurerFactory {
    private static final int MOST = 20_000;
    private static final int MOST_SEEN = 200_000;

    private static final Map<Key, Measured> MEASURED = new ConcurrentHashMap<>();
    private static final Set<Integer> SEEN_ONCE = ConcurrentHashMap.newKeySet();
    private static final Set<Integer> SEEN_TWICE = ConcurrentHashMap.newKeySet();

    @Override
    public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText text) {
        return createMeasurer(FontUtil.getInstance(context), text);
    }

    @Override
    public JRTextMeasurer createMeasurer(FontUtil fontUtil, JRCommonText text) {
        TextMeasurer measurer = new TextMeasurer(fontUtil, text);
        UUID uuid = text instanceof JRIdentifiable identified ? identified.getUUID() : null;
        if (uuid == null) {
            return measurer;
        }
        List<Object> element = element(uuid, text);
        return (styled, start, room, indentFirstLine, canOverflow) -> {
            Key key = new Key(element, styled(styled, false), start, room, indentFirstLine, canOverflow);
            Measured known = MEASURED.get(key);
            if (known != null) {
                return known;
            }
            Measured measured = Measured.of(measurer.measure(styled, start, room, indentFirstLine, canOverflow));
            if (SEEN_ONCE.size() >= MOST_SEEN) {
                SEEN_ONCE.clear();
                SEEN_TWICE.clear();
            }
            int hash = key.hashCode();
            if (!SEEN_ONCE.add(hash) && !SEEN_TWICE.add(hash)) {
                if (MEASURED.size() >= MOST) {
                    MEASURED.clear();
                }
                // kept with copies of the fill's attribute maps, which the fill may change later
                MEASURED.put(
                        new Key(element, styled(styled, true), start, room, indentFirstLine, canOverflow), measured);
            }
            return measured;
        };
    }

    /** Everything of the element a measure depends on besides its text: which element, its room and its paragraph. */
    private static List<Object> element(UUID uuid, JRCommonText text) {
        JRLineBox box = text.getLineBox();
        JRParagraph p = text.getParagraph();
        return List.of(
                uuid,
                text.getWidth(),
                text.getHeight(),
                String.valueOf(text.getRotation()),
                String.valueOf(text.getMarkup()),
                String.valueOf(box.getTopPadding()),
                String.valueOf(box.getLeftPadding()),
                String.valueOf(box.getBottomPadding()),
                String.valueOf(box.getRightPadding()),
                String.valueOf(p.getLineSpacing()),
                String.valueOf(p.getLineSpacingSize()),
                String.valueOf(p.getFirstLineIndent()),
                String.valueOf(p.getLeftIndent()),
                String.valueOf(p.getRightIndent()),
                String.valueOf(p.getSpacingBefore()),
                String.valueOf(p.getSpacingAfter()),
                String.valueOf(p.getTabStopWidth()));
    }

    /** The text with its fonts, sizes and styles run by run (a font scaled to fit is another size, another key). */
    private static List<Object> styled(JRStyledText styled, boolean copied) {
        List<Object> runs = new ArrayList<>();
        runs.add(styled.getText());
        runs.add(String.valueOf(styled.getLocale()));
        runs.add(copied(styled.getGlobalAttributes(), copied));
        for (JRStyledText.Run run : styled.getRuns()) {
            runs.add(List.of(run.startIndex, run.endIndex, copied(run.attributes, copied)));
        }
        return runs;
    }

    private static Map<Attribute, Object> copied(Map<Attribute, Object> attributes, boolean copied) {
        return attributes == null ? Map.of() : copied ? new HashMap<>(attributes) : attributes;
    }

    private record Key(
            List<Object> element,
            List<Object> styled,
            int start,
            int room,
            boolean indentFirstLine,
            boolean canOverflow) {}

    /** A measure, copied out of the measurer (which is the fill's and goes with it). */
    private record Measured(
            float leadingOffset,
            float lineSpacingFactor,
            float textWidth,
            float averageCharWidth,
            float textHeight,
            int textOffset,
            boolean leftToRight,
            boolean paragraphCut,
            String textSuffix,
            short[] lineBreakOffsets)
            implements JRMeasuredText {
        static Measured of(JRMeasuredText m) {
            return new Measured(
                    m.getLeadingOffset(),
                    m.getLineSpacingFactor(),
                    m.getTextWidth(),
                    m.getAverageCharWidth(),
                    m.getTextHeight(),
                    m.getTextOffset(),
                    m.isLeftToRight(),
                    m.isParagraphCut(),
                    m.getTextSuffix(),
                    m.getLineBreakOffsets());
        }

        @Override
        public float getLeadingOffset() {
            return leadingOffset;
        }

        @Override
        public float getLineSpacingFactor() {
            return lineSpacingFactor;
        }

        @Override
        public float getTextWidth() {
            return textWidth;
        }

        @Override
        public float getAverageCharWidth() {
            return averageCharWidth;
        }

        @Override
        public float getTextHeight() {
            return textHeight;
        }

        @Override
        public int getTextOffset() {
            return textOffset;
        }

        @Override
        public boolean isLeftToRight() {
            return leftToRight;
        }

        @Override
        public boolean isParagraphCut() {
            return paragraphCut;
        }

        @Override
        public String getTextSuffix() {
            return textSuffix;
        }

        @Override
        public short[] getLineBreakOffsets() {
            return lineBreakOffsets;
        }
    }
}
