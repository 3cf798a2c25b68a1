package org.rollcall.reporting;

import static org.rollcall.reporting.GovernorPackAssembler.percent;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.population.AttendanceSummary;

/**
 * Everything the governor-pack template shows, built by {@link GovernorPackAssembler}: the cover, the headline
 * figures, the year-group chart, the weekly trend chart (drawn where the body's CHART line stands), the notes, and the body lines (year groups, pupil groups, comparisons, self-evaluation).
 * The headline is made from the statistics engine's summary itself, so no two rates can change places.
 */
public record GovernorPack(
        Cover cover, Headline headline, Chart chart, Chart trendChart, Notes notes, List<PackLine> lines) {

    public static final String TEMPLATE = "governor-pack";

    public GovernorPack {
        lines = List.copyOf(lines);
    }

    /** Who and when: the school, its URN and phase, the term and dates, when it was produced. */
    public record Cover(
            String schoolName, String schoolLine, String termLabel, String periodText, String generatedText) {}

    /** The headline figures of the whole school for the window, and the national figures to compare with. */
    public record Headline(AttendanceSummary figures, Optional<NationalBenchmark> national) {
        public String attendanceRate() {
            return percent(figures.attendanceRate());
        }

        public String overallAbsenceRate() {
            return percent(figures.overallAbsenceRate());
        }

        public String authorisedRate() {
            return percent(figures.authorisedAbsenceRate());
        }

        public String unauthorisedRate() {
            return percent(figures.unauthorisedAbsenceRate());
        }

        public String persistentAbsence() {
            return figures.persistentAbsentees() + " pupils (" + percent(figures.persistentAbsenceRate()) + ")";
        }

        public String severeAbsence() {
            return figures.severeAbsentees() + " pupils (" + percent(figures.severeAbsenceRate()) + ")";
        }

        public String pupils() {
            return String.valueOf(figures.pupils());
        }

        public String possibleSessions() {
            return String.format(Locale.UK, "%,d", figures.possibleSessions());
        }

        public String nationalText() {
            return national.map(n -> "National figures for comparison (" + n.source() + "): overall absence "
                            + percent(n.overallAbsence()) + ", unauthorised absence " + percent(n.unauthorisedAbsence())
                            + ", persistent absence " + percent(n.persistentAbsence()) + ", severe absence "
                            + percent(n.severeAbsence())
                            + ". National figures count pupils aged 5 to 15 over a whole year.")
                    .orElse("No national figures are recorded for this year.");
        }
    }

    /** The chart of attendance by year group (a {@link ChartDrawing} or PNG bytes) and its alt text. */
    public record Chart(Object image, String altText) {}

    /** What the figures count, and which groups are not shown and why. */
    public record Notes(String population, String suppression) {}

    public String title() {
        return "Attendance report for governors: " + cover.schoolName() + ", " + cover.termLabel();
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("SCHOOL_NAME", cover.schoolName());
        p.put("SCHOOL_LINE", cover.schoolLine());
        p.put("TERM_LABEL", cover.termLabel());
        p.put("PERIOD_TEXT", cover.periodText());
        p.put("GENERATED_TEXT", cover.generatedText());
        p.put("POPULATION", notes.population());
        p.put("ATTENDANCE_RATE", headline.attendanceRate());
        p.put("OVERALL_ABSENCE_RATE", headline.overallAbsenceRate());
        p.put("AUTHORISED_RATE", headline.authorisedRate());
        p.put("UNAUTHORISED_RATE", headline.unauthorisedRate());
        p.put("PA_TEXT", headline.persistentAbsence());
        p.put("SEVERE_TEXT", headline.severeAbsence());
        p.put("PUPILS_TEXT", headline.pupils());
        p.put("SESSIONS_TEXT", headline.possibleSessions());
        p.put("NATIONAL_TEXT", headline.nationalText());
        p.put("CHART", chart.image());
        p.put("CHART_ALT", chart.altText());
        p.put("TREND_CHART", trendChart.image());
        p.put("TREND_ALT", trendChart.altText());
        p.put("SUPPRESSION_NOTE", notes.suppression());
        return p;
    }

    /** Renders this pack to PDF bytes. */
    public byte[] render(JasperRenderer renderer) {
        return renderer.renderPdf(TEMPLATE, title(), parameters(), PackLine.withTableEnds(lines));
    }
}
