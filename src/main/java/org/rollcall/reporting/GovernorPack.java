package org.rollcall.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the governor-pack template shows, formatted; built by {@link GovernorPackAssembler}. */
public record GovernorPack(String schoolName, String schoolLine, String termLabel, String periodText,
                           String generatedText, String population, String attendanceRate,
                           String overallAbsenceRate, String authorisedRate, String unauthorisedRate,
                           String paText, String severeText, String pupilsText, String sessionsText,
                           String nationalText, byte[] chart, String chartAlt, String suppressionNote,
                           List<PackLine> lines) {

    public static final String TEMPLATE = "governor-pack";

    public String title() {
        return "Attendance report for governors: " + schoolName + ", " + termLabel;
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("SCHOOL_NAME", schoolName);
        p.put("SCHOOL_LINE", schoolLine);
        p.put("TERM_LABEL", termLabel);
        p.put("PERIOD_TEXT", periodText);
        p.put("GENERATED_TEXT", generatedText);
        p.put("POPULATION", population);
        p.put("ATTENDANCE_RATE", attendanceRate);
        p.put("OVERALL_ABSENCE_RATE", overallAbsenceRate);
        p.put("AUTHORISED_RATE", authorisedRate);
        p.put("UNAUTHORISED_RATE", unauthorisedRate);
        p.put("PA_TEXT", paText);
        p.put("SEVERE_TEXT", severeText);
        p.put("PUPILS_TEXT", pupilsText);
        p.put("SESSIONS_TEXT", sessionsText);
        p.put("NATIONAL_TEXT", nationalText);
        p.put("CHART", chart);
        p.put("CHART_ALT", chartAlt);
        p.put("SUPPRESSION_NOTE", suppressionNote);
        return p;
    }

    /** Renders this pack to PDF bytes. */
    public byte[] render(JasperRenderer renderer) {
        return renderer.renderPdf(TEMPLATE, title(), parameters(), PackLine.withTableEnds(lines));
    }
}
