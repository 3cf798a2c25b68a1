package org.rollcall.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.PrintoutFixtures;

/** Which staff-data documents a run makes: every form, then every year group, within the run's limits. */
class StaffDataGroupsTest {
    private final List<LetterPupil> form7A = List.of(PrintoutFixtures.amy(), PrintoutFixtures.ben());

    @Test
    void wholeSchoolMakesAFormAndAYearDocument() {
        List<StaffDataRun.Group> groups = StaffDataRun.groups(form7A, RunLimits.WHOLE_SCHOOL);
        assertEquals(
                List.of("STAFF_DATA_FORM:7A", "STAFF_DATA_YEAR:7"),
                groups.stream().map(StaffDataRun.Group::key).toList());
        assertEquals(2, groups.get(0).pupils().size());
        assertEquals("Staff data: Year 7", groups.get(1).title());
    }

    @Test
    void limitsKeepOnlyTheListedFormsAndYears() {
        assertEquals(
                List.of("STAFF_DATA_FORM:7A"),
                StaffDataRun.groups(form7A, new RunLimits(List.of("7A"), List.of())).stream()
                        .map(StaffDataRun.Group::key)
                        .toList());
        assertEquals(List.of(), StaffDataRun.groups(form7A, new RunLimits(List.of("7B"), List.of("8"))));
        var amy = org.rollcall.attendance.statistics.population.PupilProfile.builder("A")
                .form("7A")
                .yearGroup("7")
                .build();
        assertEquals(
                true,
                new RunLimits(List.of("7B"), List.of("7")).includes(amy),
                "in a listed year group, though not a listed form");
        assertEquals(false, new RunLimits(List.of("7B"), List.of("8")).includes(amy));
    }
}
