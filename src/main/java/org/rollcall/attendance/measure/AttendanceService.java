package org.rollcall.attendance.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.attendance.RegisterCodes;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/** Attendance of a school over a window: count the marks, then summarise the school and each year group. */
@ApplicationScoped
public class AttendanceService {
    /** Which pupils the figures describe; national statistics count only ages 5 to 15. */
    public static final String POPULATION = "All pupils on roll in the period (all ages), each counted only"
            + " between admission and leaving dates";

    @Inject
    SchoolRepository schools;

    @Inject
    MarkCountQuery counts;

    @Inject
    RegisterCodes registerCodes;

    public AttendanceSummary summary(String urn, LocalDate from, LocalDate to) {
        return summary(schools.require(urn), from, to);
    }

    public AttendanceSummary summary(School school, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        Function<String, AttendanceCategory> categoryOf = categories();
        List<PupilCounts> pupils = counts.countsFor(school.getId(), from, to);
        Map<String, List<PupilCounts>> byYear = pupils.stream()
                .collect(Collectors.groupingBy(PupilCounts::yearGroup, () -> new TreeMap<>(YEAR_ORDER), Collectors.toList()));
        List<AttendanceSummary.GroupSummary> years = byYear.entrySet().stream()
                .map(e -> AttendanceSummary.GroupSummary.of(e.getKey(), AttendanceFigures.of(e.getValue(), categoryOf)))
                .toList();
        return AttendanceSummary.of(school.getUrn(), from, to, POPULATION, AttendanceFigures.of(pupils, categoryOf), years);
    }

    private Function<String, AttendanceCategory> categories() {
        Map<String, AttendanceCategory> byCode = registerCodes.all().values().stream()
                .collect(Collectors.toMap(RegisterCode::code, RegisterCode::category));
        return code -> {
            AttendanceCategory category = byCode.get(code);
            if (category == null) {
                throw new IllegalStateException("A stored mark has a code missing from register_code: " + code);
            }
            return category;
        };
    }

    static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ProblemException.badRequest("Give the window as from=YYYY-MM-DD&to=YYYY-MM-DD");
        }
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("The window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Nursery, reception, then years 1 to 14 in number order (not text order, where 10 sorts before 2). */
    static final Comparator<String> YEAR_ORDER = Comparator.comparingInt(AttendanceService::yearRank).thenComparing(Comparator.naturalOrder());

    private static int yearRank(String year) {
        return switch (year) {
            case "N1" -> -3;
            case "N2" -> -2;
            case "R" -> -1;
            default -> year.chars().allMatch(Character::isDigit) ? Integer.parseInt(year) : 100;
        };
    }
}
