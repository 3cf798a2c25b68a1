package org.rollcall.attendance.measure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic data for the benchmark, written as tab-separated files and loaded with
 * {@code LOAD DATA LOCAL INFILE} (about ten times faster than batched inserts): schools, pupils
 * with characteristics, a few enrolment spells (mid-year joiners and leavers), and one academic
 * year of marks (2024/25, 190 school days, two sessions each). Absence is skewed like real schools:
 * most pupils miss little, a fifth are persistently absent, FSM and SEN pupils miss more.
 */
final class BenchmarkAuthority {

    static final LocalDate YEAR_START = LocalDate.of(2024, 9, 1);
    static final LocalDate YEAR_END = LocalDate.of(2025, 8, 31);
    private static final String[] ABSENCE = {"I", "I", "I", "I", "I", "M", "M", "C", "R", "G", "N", "O", "U"};
    private static final String[] ETHNICITY = {"WBRI", "WBRI", "WBRI", "WOTH", "AIND", "APKN", "BAFR", "MWBC", "CHNE"};

    private final Path dir;
    private final List<LocalDate> days = schoolDays();

    BenchmarkAuthority(Path dir) {
        this.dir = dir;
    }

    /** 190 weekdays from 2 September 2024, skipping the usual holidays. */
    static List<LocalDate> schoolDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 9, 2); days.size() < 190; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = between(d, "2024-10-28", "2024-11-01")
                    || between(d, "2024-12-21", "2025-01-05")
                    || between(d, "2025-02-17", "2025-02-21")
                    || between(d, "2025-04-05", "2025-04-21")
                    || between(d, "2025-05-26", "2025-05-30");
            if (!weekend && !holiday) {
                days.add(d);
            }
        }
        return days;
    }

    private static boolean between(LocalDate d, String from, String to) {
        return !d.isBefore(LocalDate.parse(from)) && !d.isAfter(LocalDate.parse(to));
    }

    /**
     * Loads schools {@code 1..schools} with {@code pupils} each, then one more school with
     * {@code bigSchool} pupils. Pupil ids are consecutive per school, as an import makes them.
     */
    long load(Connection c, int schools, int pupils, int bigSchool) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path schoolFile = dir.resolve("school.tsv");
        Path pupilFile = dir.resolve("pupil.tsv");
        Path spellFile = dir.resolve("enrolment.tsv");
        Path markFile = dir.resolve("session_mark.tsv");
        long marks = 0;
        long pupilId = 0;
        try (OutputStream school = out(schoolFile);
                OutputStream pupil = out(pupilFile);
                OutputStream spell = out(spellFile);
                OutputStream mark = out(markFile)) {
            for (int s = 1; s <= schools + 1; s++) {
                int size = s <= schools ? pupils : bigSchool;
                write(
                        school,
                        s + "\t" + (800000 + s) + "\tBenchmark School " + s + "\tSECONDARY\t2025-01-01\t2025-01-01\n");
                SplittableRandom random = new SplittableRandom(s);
                for (int p = 0; p < size; p++) {
                    marks += pupil(++pupilId, s, p, random, pupil, spell, mark);
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET foreign_key_checks = 0");
            st.execute("SET unique_checks = 0");
            loadFile(st, schoolFile, "school", "(id, urn, name, phase, created_at, updated_at)");
            // the flags are BIT(1): text "1" must go through a number
            loadFile(
                    st,
                    pupilFile,
                    "pupil",
                    "(id, school_id, upn, surname, forename, year_group, form, gender, @fsm,"
                            + " @disadvantaged, sen, @eal, ethnicity, @looked_after, @child_in_need) SET fsm = @fsm + 0,"
                            + " disadvantaged = @disadvantaged + 0, eal = @eal + 0, looked_after = @looked_after + 0,"
                            + " child_in_need = @child_in_need + 0");
            loadFile(st, spellFile, "enrolment", "(pupil_id, admission_date, leaving_date)");
            loadFile(st, markFile, "session_mark", "(pupil_id, mark_date, session, code, school_id)");
            st.execute("SET foreign_key_checks = 1");
        }
        return marks;
    }

    private int pupil(
            long id, int school, int n, SplittableRandom r, OutputStream pupil, OutputStream spell, OutputStream mark)
            throws IOException {
        int year = 7 + r.nextInt(5);
        boolean fsm = r.nextInt(4) == 0;
        String sen = r.nextInt(8) == 0 ? "K" : r.nextInt(40) == 0 ? "E" : "N";
        write(
                pupil,
                id + "\t" + school + "\t" + String.format("B%06d%06d", school, n) + "\tPupil\tNumber" + n + "\t"
                        + year + "\t" + year + (char) ('A' + r.nextInt(8)) + "\t" + (r.nextBoolean() ? "F" : "M") + "\t"
                        + (fsm ? 1 : 0) + "\t" + (fsm || r.nextInt(6) == 0 ? 1 : 0) + "\t" + sen + "\t"
                        + (r.nextInt(5) == 0 ? 1 : 0)
                        + "\t" + ETHNICITY[r.nextInt(ETHNICITY.length)] + "\t" + (r.nextInt(100) == 0 ? 1 : 0) + "\t"
                        + (r.nextInt(30) == 0 ? 1 : 0) + "\n");
        int first = 0;
        int last = days.size() - 1;
        int churn = r.nextInt(40);
        if (churn == 0) {
            first = r.nextInt(days.size()); // a mid-year joiner
            write(spell, id + "\t" + days.get(first) + "\t\\N\n");
        } else if (churn == 1) {
            last = r.nextInt(days.size()); // a leaver: no marks after leaving
            write(spell, id + "\t2020-09-01\t" + days.get(last) + "\n");
        }
        double absence = absenceRate(r, fsm, !sen.equals("N"));
        StringBuilder rows = new StringBuilder(64 * 380);
        for (int d = first; d <= last; d++) {
            String date = days.get(d).toString();
            for (int s = 0; s < 2; s++) {
                rows.append(id)
                        .append('\t')
                        .append(date)
                        .append('\t')
                        .append(s == 0 ? "AM" : "PM")
                        .append('\t')
                        .append(code(r, absence, s))
                        .append('\t')
                        .append(school)
                        .append('\n');
            }
        }
        write(mark, rows.toString());
        return (last - first + 1) * 2;
    }

    /** Most pupils miss 1-6%, about one in six 10-25%, a few over half. */
    private static double absenceRate(SplittableRandom r, boolean fsm, boolean sen) {
        double base = r.nextInt(100) < 2
                ? 0.5 + r.nextDouble() * 0.3
                : r.nextInt(100) < 16 ? 0.09 + r.nextDouble() * 0.15 : 0.01 + r.nextDouble() * 0.05;
        return Math.min(0.95, base * (fsm ? 1.6 : 1.0) * (sen ? 1.4 : 1.0));
    }

    private static String code(SplittableRandom r, double absence, int session) {
        double x = r.nextDouble();
        if (x < absence) {
            return ABSENCE[r.nextInt(ABSENCE.length)];
        }
        if (x < absence + 0.02) {
            return session == 0 ? "L" : "\\\\";
        }
        if (x > 0.9995) {
            return "V";
        }
        return session == 0 ? "/" : "\\\\";
    }

    private static void loadFile(Statement st, Path file, String table, String columns) throws SQLException {
        st.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                + " CHARACTER SET utf8mb4 " + columns);
    }

    private static OutputStream out(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
