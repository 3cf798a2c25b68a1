package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.attendance.statistics.counting.CodeSessions;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * The headline figures of a population over a window, as the API returns them (JSON-B
 * serialises this record: the accessor names are the contract). Rates are percent units rounded
 * HALF_UP to 2 decimals; a rate whose denominator is zero is empty rather than a made-up zero.
 *
 * @param presentSessions present plus approved educational activity
 * @param pupils pupils with at least one possible session in the window
 * @param absenceByReason authorised and unauthorised codes, most sessions first
 * @param sessionsByCode every code seen, including not-possible ones (which are in no rate)
 */
public record AttendanceSummary(
        long possibleSessions,
        long presentSessions,
        long authorisedAbsenceSessions,
        long unauthorisedAbsenceSessions,
        Optional<BigDecimal> attendanceRate,
        Optional<BigDecimal> overallAbsenceRate,
        Optional<BigDecimal> authorisedAbsenceRate,
        Optional<BigDecimal> unauthorisedAbsenceRate,
        int pupils,
        int persistentAbsentees,
        Optional<BigDecimal> persistentAbsenceRate,
        int severeAbsentees,
        Optional<BigDecimal> severeAbsenceRate,
        long lateBeforeClose,
        long lateAfterClose,
        long approvedActivitySessions,
        List<ReasonFigure> absenceByReason,
        Map<String, Long> sessionsByCode) {

    public AttendanceSummary {
        absenceByReason = List.copyOf(absenceByReason);
        sessionsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(sessionsByCode));
    }

    public static AttendanceSummary of(Measures m) {
        long possible = m.possible();
        List<ReasonFigure> reasons = m.codeSessions().stream()
                .filter(c -> c.category().isAbsence())
                .sorted(Comparator.comparingLong(CodeSessions::sessions)
                        .reversed()
                        .thenComparing(CodeSessions::code))
                .map(c -> new ReasonFigure(
                        c.code(),
                        c.category(),
                        c.sessions(),
                        Percent.of(c.sessions(), possible),
                        Percent.of(c.sessions(), m.absent())))
                .collect(Collectors.toList());
        Map<String, Long> byCode = new LinkedHashMap<>();
        m.codeSessions().forEach(c -> byCode.merge(c.code(), c.sessions(), Long::sum));
        return new AttendanceSummary(
                possible,
                m.attended(),
                m.authorised(),
                m.unauthorised(),
                Percent.of(m.attended(), possible),
                Percent.of(m.absent(), possible),
                Percent.of(m.authorised(), possible),
                Percent.of(m.unauthorised(), possible),
                m.pupils(),
                m.persistentAbsentees(),
                Percent.of(m.persistentAbsentees(), m.pupils()),
                m.severeAbsentees(),
                Percent.of(m.severeAbsentees(), m.pupils()),
                m.lateBeforeClose(),
                m.lateAfterClose(),
                m.approvedActivity(),
                reasons,
                byCode);
    }

    public static AttendanceSummary of(Iterable<SessionTally> pupilTallies) {
        return of(Measures.of(pupilTallies));
    }
}
