package org.rollcall.reporting.printout;

import static org.rollcall.reporting.printout.PlainWords.days;
import static org.rollcall.reporting.printout.PlainWords.sessions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.ReasonFigure;
import org.rollcall.attendance.statistics.pupil.PupilAssessment;
import org.rollcall.reporting.ChartDrawing;

/**
 * Writes one parent printout: the figures of the pupil's assessment said in plain words, with the
 * table of sessions and the weekly chart. Short sentences; "session" explained once; nothing
 * carried by colour alone.
 */
public final class PrintoutWriter {
    static final int MOST_REASONS = 4;
    static final String SESSION_NOTE = "A session is a morning or an afternoon: each school day has two.";

    private record Chart(ChartDrawing drawing, String alt, String target) {}

    private final Letterhead letterhead;

    /** Holds nothing but the letterhead, so the workers of a run share one. */
    public PrintoutWriter(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    public ParentPrintout write(LetterPupil pupil, Addressee to) {
        PupilAssessment a = pupil.assessed().assessment();
        AttendanceSummary s = a.summary();
        ParentPrintout p = new ParentPrintout();
        p.addresseeName = to.name();
        p.addressText = String.join("\n", to.addressLines());
        p.schoolName = letterhead.schoolName();
        p.schoolAddress = letterhead.schoolAddress();
        p.schoolContact = letterhead.schoolContact();
        p.dateText = letterhead.dateText();
        p.pupilName = pupil.fullName();
        p.pupilLine = "Form " + pupil.assessed().form() + " · "
                + yearName(pupil.assessed().yearGroup());
        p.windowText = PlainWords.capitalised(letterhead.windowText());
        p.attendanceText = PlainWords.percent(s.attendanceRate());
        long absent = s.authorisedAbsenceSessions() + s.unauthorisedAbsenceSessions();
        p.missedText = pupil.forename() + " missed " + days(absent) + " (" + sessions(absent) + ") out of "
                + days(s.possibleSessions()) + " (" + sessions(s.possibleSessions()) + "). " + SESSION_NOTE;
        p.likeText =
                absent == 0 ? "Full attendance: thank you." : PlainWords.likeEveryWeek(absent, s.possibleSessions());
        p.absenceText = absenceText(s);
        p.latesText = latesText(pupil, s);
        TargetWords.apply(p, pupil.forename(), a, letterhead.termEndText());
        a.band()
                .ifPresentOrElse(
                        b -> {
                            BandWords.Text words = BandWords.of(b, pupil.forename());
                            p.bandHeading = words.heading();
                            p.bandMeaning = words.meaning();
                            p.bandNext = words.next();
                        },
                        () -> {
                            p.bandHeading = "No attendance recorded yet";
                            p.bandMeaning = "There is no register for " + pupil.forename() + " in this period yet.";
                            p.bandNext = "";
                        });
        p.championText = letterhead.championText();
        chart(p, pupil, a);
        return p;
    }

    /**
     * The table of sessions: present, then each absence reason in words, most sessions first, then the
     * total. At most {@link #MOST_REASONS} reasons by name and one row for the rest, so the table has at
     * most seven rows and the letter stays on one page whatever the register holds.
     */
    public static List<SessionRow> rows(PupilAssessment a) {
        AttendanceSummary s = a.summary();
        List<SessionRow> rows = new ArrayList<>();
        rows.add(new SessionRow("In school, or at an activity the school approved", "", s.presentSessions()));
        List<ReasonFigure> reasons = s.absenceByReason();
        for (ReasonFigure r : reasons.subList(0, Math.min(MOST_REASONS, reasons.size()))) {
            rows.add(new SessionRow("Absent: " + PlainWords.reason(r.code()), agreed(List.of(r)), r.sessions()));
        }
        List<ReasonFigure> others = reasons.subList(Math.min(MOST_REASONS, reasons.size()), reasons.size());
        if (!others.isEmpty()) {
            long sessions = others.stream().mapToLong(ReasonFigure::sessions).sum();
            rows.add(new SessionRow(
                    "Absent for " + others.size() + " other reason" + (others.size() == 1 ? "" : "s"),
                    agreed(others),
                    sessions));
        }
        rows.add(new SessionRow("All sessions the school was open", "", s.possibleSessions()));
        return rows;
    }

    /** "Agreed" (authorised), "Not agreed" (unauthorised), or "Some agreed" for a mix. */
    private static String agreed(List<ReasonFigure> reasons) {
        long authorised = reasons.stream()
                .filter(r -> r.category().name().equals("AUTHORISED"))
                .count();
        return authorised == reasons.size() ? "Agreed" : authorised == 0 ? "Not agreed" : "Some agreed";
    }

    /** The totals only: the reasons are in the table just above. */
    private static String absenceText(AttendanceSummary s) {
        return "Absence the school agreed (authorised): " + days(s.authorisedAbsenceSessions())
                + ". Absence the school did not agree (unauthorised): " + days(s.unauthorisedAbsenceSessions())
                + ".";
    }

    private static String latesText(LetterPupil pupil, AttendanceSummary s) {
        String text = "Late but before the register closed: " + PlainWords.times(s.lateBeforeClose())
                + (pupil.minutesLate() > 0 ? " (" + pupil.minutesLate() + " minutes in all)" : "")
                + ". Late after the register closed, which counts as an absence: "
                + PlainWords.times(s.lateAfterClose()) + ".";
        return s.lateBeforeClose() + s.lateAfterClose() == 0
                ? text
                : text + " Five minutes late every day adds up to about 3 days of learning lost in a year.";
    }

    /**
     * Drawn again for each page, a print-file page too: keeping the postal pupils' charts for their second page had
     * held some 300 charts through a run, long enough for the collector to copy them into the old generation.
     */
    private static void chart(ParentPrintout p, LetterPupil pupil, PupilAssessment a) {
        Chart chart = draw(pupil, a);
        p.chart = chart.drawing();
        p.chartAlt = chart.alt();
        p.chartTarget = chart.target();
    }

    private static Chart draw(LetterPupil pupil, PupilAssessment a) {
        WeeklyChart weekly = new WeeklyChart(pupil.assessed().weekly());
        BigDecimal target = a.target().map(t -> t.percent()).orElse(new BigDecimal("96"));
        return weekly.isEmpty()
                ? new Chart(null, null, null)
                : new Chart(weekly.drawing(target), weekly.alt(pupil.forename(), target), target.toPlainString() + "%");
    }

    static String yearName(String group) {
        return switch (group) {
            case "R" -> "Reception";
            case "N1", "N2" -> "Nursery " + group.substring(1);
            default -> "Year " + group;
        };
    }
}
