package org.rollcall.attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.school.AcademicYear;
import org.rollcall.school.Closure;
import org.rollcall.school.Phase;
import org.rollcall.school.School;
import org.rollcall.school.SchoolCalendar;

/** The autumn term 2025 runs 3 September to 19 December with half term 27 to 31 October; INSET on 1 December. */
class MarkRowsTest {
    private final ImportErrors errors = new ImportErrors();
    private final List<MarkRows.MarkRow> marks = new ArrayList<>();

    private static SchoolCalendar autumn2025() {
        AcademicYear year = new AcademicYear(
                new School("900701", "Rules Primary", Phase.PRIMARY, LocalDateTime.of(2025, 9, 1, 8, 0)),
                "2025/26",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31));
        year.addTerm(
                "Autumn",
                LocalDate.of(2025, 9, 3),
                LocalDate.of(2025, 12, 19),
                Optional.of(LocalDate.of(2025, 10, 27)),
                Optional.of(LocalDate.of(2025, 10, 31)));
        year.addClosure(LocalDate.of(2025, 12, 1), Closure.Kind.INSET, Optional.of("training"));
        return SchoolCalendar.of(List.of(year));
    }

    private static MarkGridCodes codes() {
        Map<String, RegisterCode> codes = new LinkedHashMap<>();
        codes.put(
                "/",
                new RegisterCode("/", AttendanceCategory.PRESENT, "AM present", Optional.empty(), Optional.empty()));
        codes.put(
                "N",
                new RegisterCode(
                        "N", AttendanceCategory.UNAUTHORISED, "no reason", Optional.empty(), Optional.empty()));
        codes.put(
                "F",
                new RegisterCode(
                        "F",
                        AttendanceCategory.AUTHORISED,
                        "extended holiday (retired)",
                        Optional.empty(),
                        Optional.of(LocalDate.of(2024, 8, 18))));
        return new MarkGridCodes(codes);
    }

    private void read(String rows) {
        CsvTable table = new CsvTable("marks.csv", MarkCsvImport.REQUIRED);
        MarkRows rules = new MarkRows(Map.of("Q999060025001", 11L), codes(), autumn2025(), new MarkGrid(), errors);
        errors.addAll(table.read(
                new ByteArrayInputStream(
                        ("upn,date,session,code,minutes_late\n" + rows).getBytes(StandardCharsets.UTF_8)),
                row -> {
                    MarkRows.MarkRow mark = rules.check(new FieldReader(table, row, errors));
                    if (mark != null) {
                        marks.add(mark);
                    }
                }));
    }

    private List<String> reasons() {
        return errors.listed().stream()
                .map(e -> e.line() + " " + e.field() + ": " + e.reason())
                .toList();
    }

    @Test
    void aGoodMorningAndALateAfternoon() {
        read("q999060025001,2025-09-08,am,/,\nQ999060025001,2025-09-08,PM,N,25\n");
        assertEquals(List.of(), reasons());
        assertEquals(
                List.of(
                        new MarkRows.MarkRow(11L, LocalDate.of(2025, 9, 8), false, "/", 1, null),
                        new MarkRows.MarkRow(11L, LocalDate.of(2025, 9, 8), true, "N", 2, 25)),
                marks);
    }

    @Test
    void eachBrokenRuleIsReportedWithItsLine() {
        read("E999060025002,2025-09-08,AM,/,\n"
                + "Q999060025001,2025-09-06,AM,/,\n"
                + "Q999060025001,2025-10-28,PM,/,\n"
                + "Q999060025001,2025-12-01,AM,/,\n"
                + "Q999060025001,2025-12-22,AM,/,\n"
                + "Q999060025001,8/9/2025,XX,Z,\n"
                + "Q999060025001,2025-09-09,AM,F,601\n");
        assertEquals(
                List.of(
                        "2 upn: no pupil with this UPN at this school; import the pupils first",
                        "3 date: 2025-09-06 is a Saturday; registers are taken on school days",
                        "4 date: 2025-10-28 is in the Autumn half-term holiday",
                        "5 date: the school was closed on 2025-12-01 (inset: training)",
                        "6 date: 2025-12-22 is outside the school's terms; set the calendar or correct the date",
                        "7 date: not a date in the form YYYY-MM-DD",
                        "7 session: session must be AM or PM",
                        "7 code: not a register code",
                        "8 code: code F was not in use on 2025-09-09",
                        "8 minutes_late: minutes late must be a whole number from 0 to 600"),
                reasons());
        assertEquals(List.of(), marks);
    }

    @Test
    void aSecondMarkForTheSameSessionIsRefused() {
        read("Q999060025001,2025-09-08,AM,/,\nQ999060025001,2025-09-08,AM,N,\n");
        assertEquals(
                List.of("3 session: this pupil already has a mark for this session earlier in the file"), reasons());
        assertEquals(1, marks.size());
    }
}
