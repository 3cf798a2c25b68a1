package org.rollcall.reporting.printout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.measure.AssessedPupil;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.pupil.IndividualTarget;
import org.rollcall.attendance.statistics.pupil.PupilAssessor;
import org.rollcall.attendance.statistics.pupil.TargetSource;

/**
 * Two pupils of form 7A worked by hand over two weeks (20 sessions each). Amy: week 1 all present
 * (one late before the register closed, 5 minutes), week 2 two sessions of illness and one with no
 * reason given: 17/20 = 85.00%, 1½ days missed. Ben: every session present: 100.00%.
 */
public final class PrintoutFixtures {
    static final LocalDate MONDAY = LocalDate.of(2025, 9, 8);
    static final DateWindow TERM = DateWindow.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 19));

    private PrintoutFixtures() {}

    public static LetterPupil amy() {
        SessionTally week1 = SessionTally.builder()
                .add("/", AttendanceCategory.PRESENT, 4)
                .add("\\", AttendanceCategory.PRESENT, 5)
                .add("L", AttendanceCategory.PRESENT, 1)
                .build();
        SessionTally week2 = SessionTally.builder()
                .add("/", AttendanceCategory.PRESENT, 3)
                .add("\\", AttendanceCategory.PRESENT, 4)
                .add("I", AttendanceCategory.AUTHORISED, 2)
                .add("N", AttendanceCategory.UNAUTHORISED, 1)
                .build();
        return pupil(
                1,
                "A999000125001",
                "Amy",
                "Archer",
                week1,
                week2,
                5,
                List.of(new Addressee(
                        "Mrs Ann Archer", List.of("1 High Street", "Ashford", "TN1 1AA"), Optional.empty(), true)));
    }

    /**
     * The longest printout there can be: 14 weeks (140 sessions) with eleven reasons for absence, late
     * before and after the register closed, a long hyphenated name, a seven-line address, and
     * {@code absentPerWeek} sessions missed every week (2 a week: 80.00%, serious concern; 1 a week with
     * one more missed in the last weeks: persistent absence), so the target cannot be reached this term.
     */
    public static LetterPupil worstCase(int absentPerWeek) {
        // the first eight are agreed by the school (authorised), the last four not
        String[] reasons = {"I", "M", "C", "C1", "J1", "R", "E", "T", "G", "N", "O", "U"};
        TreeMap<LocalDate, SessionTally> weekly = new TreeMap<>();
        int next = 0;
        for (int w = 0; w < 14; w++) {
            SessionTally.Builder week = SessionTally.builder().add("L", AttendanceCategory.PRESENT, 1);
            int absent = absentPerWeek + (w >= 10 ? 1 : 0);
            for (int i = 0; i < absent; i++) {
                int reason = next++ % reasons.length;
                week.add(
                        reasons[reason],
                        reason < 8 ? AttendanceCategory.AUTHORISED : AttendanceCategory.UNAUTHORISED,
                        1);
            }
            weekly.put(
                    MONDAY.plusWeeks(w),
                    week.add("/", AttendanceCategory.PRESENT, 9 - absent).build());
        }
        SessionTally all = SessionTally.sum(weekly.values());
        String upn = "A999000125099";
        var assessment = PupilAssessor.standard()
                .assess(
                        upn,
                        all,
                        weekly,
                        Optional.of(new IndividualTarget(upn, TERM, new BigDecimal("96"), TargetSource.DEFAULT_RULE)),
                        all,
                        10);
        return new LetterPupil(
                new AssessedPupil(99, upn, "13", "13-Sixth Form West", List.of(), all, assessment, weekly),
                "Anastasia-Philippa Wilhelmina",
                "Montgomery-Featherstonehaugh-Cholmondeley",
                185,
                List.of(new Addressee(
                        "Dr Maximilian Alexander Montgomery-Featherstonehaugh-Cholmondeley and Mrs Wilhelmina"
                                + " Montgomery-Featherstonehaugh",
                        List.of(
                                "Flat 12b, The Old Rectory Gatehouse Apartments",
                                "147 Great Little Wickhamsford-under-Edge Road",
                                "Upper Slaughter Industrial Estate West",
                                "Little Wickhamsford-on-the-Marsh",
                                "Cheltenham and Tewkesbury",
                                "Gloucestershire",
                                "GL54 2HP"),
                        Optional.empty(),
                        true)));
    }

    public static LetterPupil ben() {
        SessionTally week = SessionTally.builder()
                .add("/", AttendanceCategory.PRESENT, 5)
                .add("\\", AttendanceCategory.PRESENT, 5)
                .build();
        return pupil(2, "A999000125002", "Ben", "Brown", week, week, 0, List.of());
    }

    private static LetterPupil pupil(
            long id,
            String upn,
            String forename,
            String surname,
            SessionTally week1,
            SessionTally week2,
            long minutesLate,
            List<Addressee> contacts) {
        TreeMap<LocalDate, SessionTally> weekly = new TreeMap<>(Map.of(MONDAY, week1, MONDAY.plusWeeks(1), week2));
        SessionTally all = week1.plus(week2);
        var assessment = PupilAssessor.standard()
                .assess(
                        upn,
                        all,
                        weekly,
                        Optional.of(new IndividualTarget(upn, TERM, new BigDecimal("96"), TargetSource.DEFAULT_RULE)),
                        all,
                        20);
        return new LetterPupil(
                new AssessedPupil(id, upn, "7", "7A", List.of(), all, assessment, weekly),
                forename,
                surname,
                minutesLate,
                contacts);
    }
}
