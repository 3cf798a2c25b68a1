package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rollcall.attendance.measure.AttendanceService;
import org.rollcall.attendance.measure.AttendanceSummary;
import org.rollcall.attendance.measure.AttendanceSummary.GroupSummary;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/**
 * Gathers a governor pack: the school's figures for the window from the attendance service,
 * formatted for print. Groups of fewer than 5 pupils are suppressed: governors see no figure
 * that could point to a child.
 */
@ApplicationScoped
public class GovernorPackAssembler {
    static final int SMALLEST_GROUP = 5;
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String NATIONAL = "National figures for comparison (England, state-funded schools, 2023/24; DfE"
            + " \"Pupil absence in schools in England\"): overall absence 7.1%, unauthorised absence 2.5%,"
            + " persistent absence 20.0%, severe absence 2.3%. National figures count pupils aged 5 to 15 over a whole year.";

    @Inject
    AttendanceService attendance;

    @Inject
    SchoolRepository schools;

    Clock clock = Clock.systemDefaultZone();

    public GovernorPack assemble(School school, LocalDate from, LocalDate to) {
        AttendanceSummary s = attendance.summary(school, from, to);
        String period = "From " + LONG_DATE.format(from) + " to " + LONG_DATE.format(to);
        String term = termLabel(school, from, to);
        List<YearGroupLine> lines = s.yearGroups().stream().map(GovernorPackAssembler::line).toList();
        return new GovernorPack(school.getName(), "URN " + school.getUrn() + " · " + phase(school), term, period,
                "Produced on " + LONG_DATE.format(LocalDate.now(clock)) + " by Rollcall",
                "Population: " + AttendanceService.POPULATION + ". "
                        + "Attendance counts present and approved educational activity over possible sessions.",
                percent(s.attendanceRate()), percent(s.overallAbsenceRate()), percent(s.authorisedAbsenceRate()),
                percent(s.unauthorisedAbsenceRate()),
                s.persistentAbsentees() + " pupils (" + percent(s.persistentAbsenceRate()) + ")",
                s.severeAbsentees() + " pupils (" + percent(s.severeAbsenceRate()) + ")",
                String.valueOf(s.pupils()), String.format(Locale.UK, "%,d", s.possibleSessions()),
                NATIONAL, chart(s), chartAlt(s), suppressionNote(s), lines);
    }

    String termLabel(School school, LocalDate from, LocalDate to) {
        return schools.termCovering(school, from, to)
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(LONG_DATE.format(from) + " to " + LONG_DATE.format(to));
    }

    private static YearGroupLine line(GroupSummary g) {
        String name = yearName(g.group());
        if (g.pupils() < SMALLEST_GROUP) {
            return new YearGroupLine(name, "fewer than 5", "–", "–", "–", "–", "–");
        }
        return new YearGroupLine(name, String.valueOf(g.pupils()), percent(g.attendanceRate()),
                percent(g.authorisedAbsenceRate()), percent(g.unauthorisedAbsenceRate()),
                String.valueOf(g.persistentAbsentees()), percent(g.persistentAbsenceRate()));
    }

    private static byte[] chart(AttendanceSummary s) {
        BarChart chart = new BarChart("Attendance %");
        s.yearGroups().stream().filter(g -> g.pupils() >= SMALLEST_GROUP)
                .forEach(g -> chart.bar(yearName(g.group()), g.attendanceRate().doubleValue()));
        return chart.reference(s.attendanceRate().doubleValue(), "Whole school " + percent(s.attendanceRate()))
                .png(515, 250);
    }

    private static String chartAlt(AttendanceSummary s) {
        String bars = s.yearGroups().stream().filter(g -> g.pupils() >= SMALLEST_GROUP)
                .map(g -> yearName(g.group()) + " " + percent(g.attendanceRate()))
                .collect(Collectors.joining(", "));
        return "Bar chart of attendance by year group: " + bars + ". Whole school " + percent(s.attendanceRate()) + ".";
    }

    private static String suppressionNote(AttendanceSummary s) {
        List<String> hidden = new ArrayList<>();
        s.yearGroups().stream().filter(g -> g.pupils() < SMALLEST_GROUP).forEach(g -> hidden.add(yearName(g.group())));
        return hidden.isEmpty() ? "Every year group has 5 or more pupils; all figures are shown."
                : "Not shown because the group has fewer than 5 pupils: " + String.join(", ", hidden) + ".";
    }

    static String yearName(String group) {
        return switch (group) {
            case "R" -> "Reception";
            case "N1", "N2" -> "Nursery " + group.substring(1);
            default -> "Year " + group;
        };
    }

    private static String phase(School school) {
        String name = school.getPhase().name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String percent(BigDecimal rate) {
        return rate.toPlainString() + "%";
    }
}
