package org.rollcall.attendance.statistics.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.MarkCounter;
import org.rollcall.attendance.statistics.counting.OnRoll;
import org.rollcall.attendance.statistics.counting.Registers;
import org.rollcall.attendance.statistics.counting.Session;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Not a test: times the school summary plus every grouping over synthetic pupil tallies, warm,
 * for a 1,500-pupil school and a 100,000-pupil authority, and counting a year of marks
 * (about 570,000) into tallies. Run after {@code mvn -o test-compile}:
 * {@code java -cp target/classes:target/test-classes org.rollcall.attendance.statistics.population.StatisticsBenchmark}
 */
public final class StatisticsBenchmark {

    private static final String[] ABSENCE = {"I", "I", "I", "M", "C", "G", "N", "O", "U", "R", "E", "J1"};
    private static final String[] ETHNICITY = {"WBRI", "WOTH", "ASIA", "BAFR", "MWBC", "CHNE", "AOTH", "REFU"};

    private StatisticsBenchmark() {}

    public static void main(String[] args) {
        for (int size : new int[] {1_500, 100_000}) {
            List<PupilAttendance> pupils = pupils(size, new Random(size));
            time("school + all groups, " + size + " pupils", 20, () -> summariseAll(pupils));
            AttendanceSummary s = new PopulationAnalysis(pupils, Audience.GOVERNORS).summary();
            System.out.printf(
                    "  attendance %s%%, PA %d (%s%%), severe %d, possible %d%n",
                    s.attendanceRate().orElseThrow(),
                    s.persistentAbsentees(),
                    s.persistentAbsenceRate().orElseThrow(),
                    s.severeAbsentees(),
                    s.possibleSessions());
        }
        time("counting 570,000 marks into 1,500 tallies", 10, StatisticsBenchmark::countMarks);
    }

    private static int summariseAll(List<PupilAttendance> pupils) {
        PopulationAnalysis analysis = new PopulationAnalysis(pupils, Audience.GOVERNORS);
        int rows = analysis.summary().pupils() > 0 ? 1 : 0; // the result: 1 + group rows
        for (List<GroupSummary> groups : analysis.allGroups().values()) {
            rows += groups.size();
        }
        return rows;
    }

    private static void time(String what, int rounds, IntSupplier work) {
        int result = 0;
        for (int i = 0; i < 5; i++) {
            result = work.getAsInt(); // warm up
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            result = work.getAsInt();
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            total += took;
        }
        System.out.printf(
                "%s: best %.1f ms, mean %.1f ms over %d warm rounds (result %d)%n",
                what, best / 1e6, total / 1e6 / rounds, rounds, result);
    }

    /** About 380 possible sessions each, a few absence codes, lates and not-possible marks. */
    static List<PupilAttendance> pupils(int n, Random r) {
        List<PupilAttendance> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int year = 7 + r.nextInt(5);
            PupilProfile profile = PupilProfile.builder(String.format("A%012d", i))
                    .yearGroup(Integer.toString(year))
                    .form(year + "" + (char) ('A' + r.nextInt(8)))
                    .gender(r.nextBoolean() ? "F" : "M")
                    .fsm(r.nextInt(4) == 0)
                    .disadvantaged(r.nextInt(3) == 0)
                    .sen(
                            r.nextInt(10) == 0
                                    ? SenProvision.SEN_SUPPORT
                                    : r.nextInt(30) == 0 ? SenProvision.EHCP : SenProvision.NONE)
                    .eal(r.nextInt(5) == 0)
                    .ethnicity(ETHNICITY[r.nextInt(ETHNICITY.length)])
                    .lookedAfter(r.nextInt(100) == 0)
                    .childInNeed(r.nextInt(40) == 0)
                    .build();
            SessionTally.Builder t = SessionTally.builder();
            int absent = (int) Math.min(380, Math.abs(r.nextGaussian() * 25));
            for (int a = 0; a < absent; a++) {
                String code = ABSENCE[r.nextInt(ABSENCE.length)];
                t.add(code, Registers.CODES.categoryOf(code, Registers.AFTER_2024), 1);
            }
            int late = r.nextInt(6);
            t.add("/", AttendanceCategory.PRESENT, 190 - absent / 2 - late);
            t.add("\\", AttendanceCategory.PRESENT, 190 - (absent + 1) / 2);
            t.add("L", AttendanceCategory.PRESENT, late);
            t.add("#", AttendanceCategory.NOT_POSSIBLE, r.nextInt(3));
            list.add(new PupilAttendance(profile, t.build()));
        }
        return list;
    }

    private static int countMarks() {
        Random r = new Random(7);
        DateWindow year = DateWindow.of(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 7, 22));
        int measured = 0;
        for (int p = 0; p < 1_500; p++) {
            MarkCounter counter = new MarkCounter(Registers.CODES, year, OnRoll.always());
            int days = 0;
            for (LocalDate d = year.from(); days < 190; d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                days++;
                counter.count(r.nextInt(20) == 0 ? "I" : "/", d, Session.AM);
                counter.count(r.nextInt(20) == 0 ? "N" : "\\", d, Session.PM);
            }
            Map<LocalDate, SessionTally> weeks = counter.weekly();
            measured += counter.tally().isMeasured() && !weeks.isEmpty() ? 1 : 0;
        }
        return measured;
    }
}
