package org.rollcall.attendance.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.pupil.PupilAssessment;

/**
 * One pupil of a whole-school assessment: the same {@link PupilAssessment} that
 * {@code GET .../pupils/{upn}/attendance} gives, with the weekly tallies behind it (for a chart).
 */
public record AssessedPupil(
        long pupilId,
        String upn,
        String yearGroup,
        String form,
        List<EnrolmentSpell> spells,
        SessionTally tally,
        PupilAssessment assessment,
        SortedMap<LocalDate, SessionTally> weekly) {

    public AssessedPupil {
        spells = List.copyOf(spells);
    }
}
