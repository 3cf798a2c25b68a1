package org.rollcall.reporting.sef;

import java.util.List;

/**
 * The measured impact of interventions for the SEF section, as a source of it supplies it: evidence
 * paragraphs, and rows of intervention, pupils, attendance before, attendance after and change.
 */
public record InterventionImpact(List<String> paragraphs, List<Row> rows) {

    public InterventionImpact {
        paragraphs = List.copyOf(paragraphs);
        rows = List.copyOf(rows);
    }

    public record Row(
            String intervention, int pupils, String attendanceBefore, String attendanceAfter, String change) {}
}
