package org.rollcall.attendance.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import org.rollcall.attendance.AttendanceCategory;

/**
 * The DfE headline measures of a population (DOMAIN.md): possible sessions leave out the
 * not-possible codes; attendance counts present and approved activity; persistent absence is
 * missing 10% or more of a pupil's own possible sessions (exactly 90.0% attendance is PA),
 * severe absence 50% or more. Thresholds are compared in whole numbers, never in floating point.
 * Pupils with no possible sessions in the window are left out.
 */
public record AttendanceFigures(long possibleSessions, long presentSessions, long authorisedAbsenceSessions,
                                long unauthorisedAbsenceSessions, int pupils, int persistentAbsentees,
                                int severeAbsentees, long lateBeforeClose, long lateAfterClose) {

    public static AttendanceFigures of(Collection<PupilCounts> population, Function<String, AttendanceCategory> categoryOf) {
        long possible = 0, present = 0, authorised = 0, unauthorised = 0, lateBefore = 0, lateAfter = 0;
        int pupils = 0, pa = 0, severe = 0;
        for (PupilCounts pupil : population) {
            long pupilPossible = 0, pupilAbsent = 0;
            for (Map.Entry<String, Integer> e : pupil.byCode().entrySet()) {
                AttendanceCategory category = categoryOf.apply(e.getKey());
                int n = e.getValue();
                if (!category.isPossible()) {
                    continue;
                }
                pupilPossible += n;
                switch (category) {
                    case PRESENT, APPROVED_ACTIVITY -> present += n;
                    case AUTHORISED -> { authorised += n; pupilAbsent += n; }
                    case UNAUTHORISED -> { unauthorised += n; pupilAbsent += n; }
                    default -> { }
                }
                if (e.getKey().equals("L")) {
                    lateBefore += n;
                } else if (e.getKey().equals("U")) {
                    lateAfter += n;
                }
            }
            if (pupilPossible == 0) {
                continue;
            }
            possible += pupilPossible;
            pupils++;
            if (pupilAbsent * 10 >= pupilPossible) {
                pa++;
            }
            if (pupilAbsent * 2 >= pupilPossible) {
                severe++;
            }
        }
        return new AttendanceFigures(possible, present, authorised, unauthorised, pupils, pa, severe, lateBefore, lateAfter);
    }

    public BigDecimal attendanceRate() {
        return percent(presentSessions, possibleSessions);
    }

    public BigDecimal overallAbsenceRate() {
        return percent(authorisedAbsenceSessions + unauthorisedAbsenceSessions, possibleSessions);
    }

    public BigDecimal authorisedAbsenceRate() {
        return percent(authorisedAbsenceSessions, possibleSessions);
    }

    public BigDecimal unauthorisedAbsenceRate() {
        return percent(unauthorisedAbsenceSessions, possibleSessions);
    }

    public BigDecimal persistentAbsenceRate() {
        return percent(persistentAbsentees, pupils);
    }

    public BigDecimal severeAbsenceRate() {
        return percent(severeAbsentees, pupils);
    }

    /** Percent, rounded half-up to 2 decimals; zero when there is nothing to divide by. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
