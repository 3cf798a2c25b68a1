package org.rollcall.reporting.staffdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.pupil.Band;
import org.rollcall.attendance.statistics.pupil.EscalationFlag;
import org.rollcall.attendance.statistics.pupil.PupilAssessment;
import org.rollcall.attendance.statistics.pupil.SessionsToTarget;
import org.rollcall.attendance.statistics.pupil.Track;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.PlainWords;

/**
 * Writes one staff-data document: the group's summary against the school, then a row per pupil,
 * lowest attendance first (pupils with no possible session last). Figures are the same
 * assessments the pupil API gives.
 */
public final class StaffDataWriter {
    private final String schoolName;
    private final DateWindow window;
    private final String periodText;
    private final AttendanceSummary school;
    private final Optional<SchoolTerm> calendarTerm;
    private final LocalDate today;

    /** @param calendarTerm the school calendar's term, when there is one (missing marks are only known then) */
    public StaffDataWriter(
            String schoolName,
            DateWindow window,
            String periodText,
            AttendanceSummary school,
            Optional<SchoolTerm> calendarTerm,
            LocalDate today) {
        this.schoolName = schoolName;
        this.window = window;
        this.periodText = periodText;
        this.school = school;
        this.calendarTerm = calendarTerm;
        this.today = today;
    }

    public StaffDataSheet sheet(String title, List<LetterPupil> pupils) {
        AttendanceSummary group = AttendanceSummary.of(
                pupils.stream().map(p -> p.assessed().tally()).toList());
        StaffDataSheet sheet = new StaffDataSheet();
        sheet.title = title;
        sheet.schoolName = schoolName;
        sheet.periodText = periodText;
        sheet.summaryText = "Pupils: " + group.pupils() + ". Attendance: " + PlainWords.percent(group.attendanceRate())
                + ". Persistently absent (90% or below): " + group.persistentAbsentees() + " ("
                + PlainWords.percent(group.persistentAbsenceRate()) + "). Severely absent: " + group.severeAbsentees()
                + ".";
        sheet.schoolText = "Whole school: attendance " + PlainWords.percent(school.attendanceRate())
                + ", persistently absent " + school.persistentAbsentees() + " of " + school.pupils() + " ("
                + PlainWords.percent(school.persistentAbsenceRate()) + ").";
        sheet.note = "Staff only: this document names pupils. Sorted with the lowest attendance first. Lates: L before"
                + " the register closed / U after it closed (an absence). To target: sessions in a row to reach the target.";
        return sheet;
    }

    public List<StaffDataRow> rows(List<LetterPupil> pupils) {
        return pupils.stream().sorted(LOWEST_FIRST).map(this::row).toList();
    }

    static final Comparator<LetterPupil> LOWEST_FIRST = Comparator.comparing(
                    (LetterPupil p) ->
                            p.assessed().assessment().summary().attendanceRate().orElse(null),
                    Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(LetterPupil::surname)
            .thenComparing(LetterPupil::forename);

    private StaffDataRow row(LetterPupil p) {
        PupilAssessment a = p.assessed().assessment();
        AttendanceSummary s = a.summary();
        StaffDataRow row = new StaffDataRow();
        row.pupil = p.surname() + ", " + p.forename();
        row.attendance = PlainWords.percent(s.attendanceRate());
        row.authorised = PlainWords.percent(s.authorisedAbsenceRate());
        row.unauthorised = PlainWords.percent(s.unauthorisedAbsenceRate());
        row.lates = s.lateBeforeClose() + " / " + s.lateAfterClose();
        row.pa = a.persistentAbsence() ? "PA" : "–";
        row.severe = a.severeAbsence() ? "Severe" : "–";
        row.band = a.band().map(StaffDataWriter::band).orElse("no data");
        row.track = a.track().map(StaffDataWriter::track).orElse("too soon");
        row.target = a.target().map(t -> t.percent().toPlainString() + "%").orElse("–");
        row.toTarget = a.sessionsToTarget().map(StaffDataWriter::toTarget).orElse("–");
        row.flags = flags(p, a, s);
        return row;
    }

    static String band(Band band) {
        return switch (band) {
            case EXCELLENT -> "Excellent";
            case EARLY_CONCERN -> "Early concern";
            case AT_RISK -> "At risk";
            case HIGH_RISK -> "High risk";
            case PERSISTENT_ABSENCE -> "Persistent absence";
            case SERIOUS_CONCERN -> "Serious concern";
        };
    }

    static String track(Track track) {
        return switch (track) {
            case FALLING -> "Falling ↓";
            case STEADY -> "Steady →";
            case IMPROVING -> "Improving ↑";
        };
    }

    static String toTarget(SessionsToTarget d) {
        if (d.alreadyMet()) {
            return "met";
        }
        return d.sessionsWithoutAbsence().isPresent()
                ? String.valueOf(d.sessionsWithoutAbsence().getAsLong())
                : "not this term";
    }

    private String flags(LetterPupil p, PupilAssessment a, AttendanceSummary s) {
        StringBuilder flags = new StringBuilder();
        if (a.flags().contains(EscalationFlag.REFER_TO_ATTENDANCE_SERVICE)) {
            flags.append("Referral");
        }
        long recorded =
                s.sessionsByCode().values().stream().mapToLong(Long::longValue).sum();
        long missing = calendarTerm
                .map(t -> MissingMarks.of(t, p.assessed().spells(), window, today, recorded))
                .orElse(0L);
        if (missing > 0) {
            flags.append(flags.length() == 0 ? "" : "; ")
                    .append("Missing marks: ")
                    .append(missing);
        }
        return flags.toString();
    }
}
