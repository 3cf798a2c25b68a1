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
