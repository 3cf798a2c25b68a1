package org.rollcall.attendance.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code GET /api/schools/{urn}/attendance}. Field names are a public contract;
 * percentages are in percent units, rounded half-up to 2 decimals.
 */
public record AttendanceSummary(String urn, LocalDate from, LocalDate to, String population,
                                long possibleSessions, long presentSessions, long authorisedAbsenceSessions,
                                long unauthorisedAbsenceSessions, BigDecimal attendanceRate,
                                BigDecimal overallAbsenceRate, BigDecimal authorisedAbsenceRate,
                                BigDecimal unauthorisedAbsenceRate, int pupils, int persistentAbsentees,
                                BigDecimal persistentAbsenceRate, int severeAbsentees, BigDecimal severeAbsenceRate,
                                long lateBeforeClose, long lateAfterClose, List<GroupSummary> yearGroups) {

    /** The same measures for one group (here: a year group). */
    public record GroupSummary(String group, int pupils, long possibleSessions, BigDecimal attendanceRate,
                               BigDecimal authorisedAbsenceRate, BigDecimal unauthorisedAbsenceRate,
                               int persistentAbsentees, BigDecimal persistentAbsenceRate) {
        static GroupSummary of(String group, AttendanceFigures f) {
            return new GroupSummary(group, f.pupils(), f.possibleSessions(), f.attendanceRate(),
                    f.authorisedAbsenceRate(), f.unauthorisedAbsenceRate(), f.persistentAbsentees(),
                    f.persistentAbsenceRate());
        }
    }

    static AttendanceSummary of(String urn, LocalDate from, LocalDate to, String population,
                                AttendanceFigures f, List<GroupSummary> yearGroups) {
        return new AttendanceSummary(urn, from, to, population, f.possibleSessions(), f.presentSessions(),
                f.authorisedAbsenceSessions(), f.unauthorisedAbsenceSessions(), f.attendanceRate(),
                f.overallAbsenceRate(), f.authorisedAbsenceRate(), f.unauthorisedAbsenceRate(), f.pupils(),
                f.persistentAbsentees(), f.persistentAbsenceRate(), f.severeAbsentees(), f.severeAbsenceRate(),
                f.lateBeforeClose(), f.lateAfterClose(), yearGroups);
    }
}
