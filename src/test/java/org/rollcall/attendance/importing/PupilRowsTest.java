package org.rollcall.attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.Problem.FieldError;

class PupilRowsTest {
    private static final String HEADER = "upn,surname,forename,year_group,form,admission_date,leaving_date,fsm,sen\n";

    private final ImportErrors errors = new ImportErrors();

    private Map<String, PupilCsvImport.PupilRow> read(String rows) {
        return PupilRows.read(
                new CsvTable("pupils.csv", PupilCsvImport.REQUIRED),
                new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                errors);
    }

    private List<String> reasons() {
        return errors.listed().stream()
                .map(e -> e.line() + " " + e.field() + ": " + e.reason())
                .toList();
    }

    @Test
    void aPupilWhoLeftAndCameBackHasTwoSpells() {
        Map<String, PupilCsvImport.PupilRow> rows = read("q999060025001,Ahmed,Sara,7,7A,2025-09-01,2025-10-17,Y,K\n"
                + "Q999060025001,Ahmed,Sara,7,7A,2026-01-05,,Y,K\n");
        assertEquals(List.of(), reasons());
        PupilCsvImport.PupilRow sara = rows.get("Q999060025001");
        assertEquals(
                List.of(
                        new PupilCsvImport.Spell(LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2025, 10, 17))),
                        new PupilCsvImport.Spell(LocalDate.of(2026, 1, 5), Optional.empty())),
                sara.spells());
        assertEquals(Optional.of(true), sara.details().fsm());
        assertEquals(Optional.of("K"), sara.details().sen());
    }

    @Test
    void eachBadValueIsReportedWithItsLineAndColumn() {
        read("Q999060025002,Ahmed,Sara,7,7A,,,,\n"
                + "E999060025002,,Tom,15,7A,2025-09-01,2025-08-31,maybe,X\n"
                + "U999060025003,Clarke,Ivy,R,R1,,2025-12-19,,\n");
        assertEquals(
                List.of(
                        "2 upn: UPN check letter is wrong: expected E but found Q",
                        "3 year_group: year group must be N1, N2, R or 1 to 14",
                        "3 surname: surname is required",
                        "3 fsm: use Y or N",
                        "3 sen: SEN must be N (none), K (SEN support) or E (EHC plan)",
                        "3 leaving_date: leaves before being admitted (2025-09-01)",
                        "4 leaving_date: a leaving date needs the admission date of that spell"),
                reasons());
    }

    @Test
    void thePupilTwiceWithTheSameAdmissionDateIsAnError() {
        read("E999060025002,Brown,Tom,7,7A,2025-09-01,,,\nE999060025002,Brown,Tom,7,7A,2025-09-01,,,\n");
        assertEquals(
                List.of(new FieldError(
                        "pupils.csv",
                        3L,
                        "upn",
                        "E999060025002",
                        "this pupil appears twice in the file with the same admission date")),
                errors.listed());
    }
}
