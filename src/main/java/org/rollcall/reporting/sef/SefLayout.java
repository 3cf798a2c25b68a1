package org.rollcall.reporting.sef;

import java.util.ArrayList;
import java.util.List;

/**
 * The SEF section as the blocks both writers print, in order: headline figures over three years,
 * group gaps, persistent and severe absence, strategies and their impact, the self-evaluation
 * judgement. Every figure comes from the {@link SefSection}; the PDF and the Word file cannot differ.
 */
public final class SefLayout {
    private SefLayout() {}

    public static List<SefBlock> blocks(SefSection sef) {
        List<SefBlock> blocks = new ArrayList<>();
        blocks.add(SefBlock.paragraph("Evidence for the attendance section of the self-evaluation form of "
                + sef.schoolName()
                + " (URN " + sef.urn() + "), " + sef.latest().year() + ". Each paragraph can be pasted as it is; the"
                + " tables beside them hold the figures. Produced by Rollcall on " + SefWords.date(sef.producedOn())
                + "."));
        blocks.addAll(SefFigureSections.headline(sef));
        blocks.addAll(SefFigureSections.groups(sef));
        blocks.addAll(SefFigureSections.persistentAbsence(sef));
        blocks.addAll(SefPlanSections.strategies(sef));
        blocks.addAll(SefPlanSections.judgement(sef));
        blocks.add(SefBlock.note("Population: all pupils on roll in each period (all ages), each counted only between"
                + " admission and leaving dates. Attendance counts present and approved educational activity over"
                + " possible sessions; persistent absence is missing 10% or more of a pupil's own possible sessions,"
                + " severe absence 50% or more. No pupil is named."));
        return blocks;
    }
}
