package org.rollcall.attendance.importing.ctf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects one {@code <Pupil>}'s fields as the reader streams past them, then checks and builds
 * the {@link CtfPupil}. Field problems are reported through the sink with the field's name.
 */
final class PupilBuilder {

    /** Problem sink: field name, value, reason. Line numbers are added by the reader. */
    interface Problems {
        void report(String field, String value, String reason);
    }

    final int line;
    private final Map<String, String> fields = new HashMap<>();
    private final List<CtfYearAttendance> years = new ArrayList<>();
    private Map<String, String> year;

    PupilBuilder(int line) {
        this.line = line;
    }

    void field(String name, String value) {
        if (year != null) {
            year.put(name, value);
        } else {
            fields.put(name, value);
        }
    }

    void startYear() {
        year = new HashMap<>();
    }

    void endYear(MarksStringExpander expander, Problems problems) {
        Map<String, String> y = year;
        year = null;
        Optional<Integer> number = integer(y, "Year", problems);
        Optional<LocalDate> start = date(y, "AttendanceStartDate", problems);
        Optional<String> marks = Optional.ofNullable(y.get("AttendanceMarks"));
        List<CtfMark> expanded = List.of();
        int[] closed = {0};
        if (marks.isPresent() && start.isEmpty()) {
            problems.report("AttendanceStartDate", "", "a marks string needs its start date");
        } else if (marks.isPresent()) {
            expanded = expander.expand(
                    start.get(),
                    marks.get(),
                    closed,
                    reason -> problems.report("AttendanceMarks", marks.get(), reason));
        }
        if (number.isEmpty()) {
            problems.report("Year", y.getOrDefault("Year", ""), "each YearData needs its Year");
            return;
        }
        years.add(new CtfYearAttendance(
                number.get(),
                opt(y, "LEA"),
                opt(y, "Estab"),
                opt(y, "SchoolName"),
                integer(y, "SessionsPossible", problems).orElse(0),
                integer(y, "SessionsAuthorised", problems).orElse(0),
                integer(y, "SessionsAttended", problems).orElse(0),
                integer(y, "SessionsUnauthorised", problems).orElse(0),
                start,
                marks,
                expanded,
                closed[0]));
    }

    Optional<CtfPupil> build(Problems problems) {
        String upn = required("UPN", problems);
        String surname = required("Surname", problems);
        String forename = required("Forename", problems);
        String sex = fields.containsKey("Sex") ? fields.get("Sex") : fields.get("Gender");
        if (sex == null || !(sex.equals("M") || sex.equals("F"))) {
            problems.report(fields.containsKey("Sex") ? "Sex" : "Gender", sex == null ? "" : sex, "must be M or F");
        }
        Optional<LocalDate> dob = date(fields, "DOB", problems);
        if (!fields.containsKey("DOB")) {
            problems.report("DOB", "", "date of birth is missing");
        }
        if (upn.isEmpty()
                || surname.isEmpty()
                || forename.isEmpty()
                || dob.isEmpty()
                || sex == null
                || !(sex.equals("M") || sex.equals("F"))) {
            return Optional.empty();
        }
        return Optional.of(new CtfPupil(
                line,
                upn,
                surname,
                forename,
                dob.get(),
                sex,
                opt(fields, "NCyearActual"),
                opt(fields, "Ethnicity"),
                years));
    }

    private String required(String name, Problems problems) {
        String v = fields.getOrDefault(name, "");
        if (v.isEmpty()) {
            problems.report(name, "", name + " is missing");
        }
        return v;
    }

    private static Optional<String> opt(Map<String, String> m, String name) {
        return Optional.ofNullable(m.get(name)).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> integer(Map<String, String> m, String name, Problems problems) {
        String v = m.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            problems.report(name, v, "must be a whole number, 0 or more");
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Map<String, String> m, String name, Problems problems) {
        String v = m.get(name);
        if (v == null || v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            problems.report(name, v, "must be a date written YYYY-MM-DD");
            return Optional.empty();
        }
    }
}
