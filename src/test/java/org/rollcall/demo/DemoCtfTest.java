package org.rollcall.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.attendance.importing.ctf.CtfMark;
import org.rollcall.attendance.importing.ctf.CtfPupil;
import org.rollcall.attendance.importing.ctf.CtfReader;
import org.rollcall.attendance.importing.ctf.CtfYearAttendance;

class DemoCtfTest {

    @TempDir
    Path dir;

    @Test
    void theDemoCtfCarriesTheSamePupilsAndMarksAsTheCsvFiles() throws Exception {
        DemoFiles files =
                new DemoSchoolGenerator().generate(DemoSpec.wholeYears(11, 150, DemoSpec.Phase.PRIMARY, 2024, 2), dir);

        Map<String, List<String>> csvMarks = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(files.marks())) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                // A marks string has one character a session: Y2 and Y4 travel as Y.
                String code = f[3].startsWith("Y") ? "Y" : f[3];
                csvMarks.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1] + " " + f[2] + " " + code);
            }
        }
        List<CtfPupil> pupils = new ArrayList<>();
        CtfReader.Result result = new CtfReader().read(files.ctf(), pupils::add);

        assertEquals(List.of(), result.problems());
        assertEquals(files.pupilCount(), pupils.size());
        assertEquals(
                "Oakfield Demo Primary School",
                result.header().orElseThrow().sourceSchoolName().orElseThrow());
        RegisterFigures figures = new RegisterFigures(files.pupils(), files.marks());
        for (CtfPupil p : pupils) {
            List<String> fromCtf = new ArrayList<>();
            long possible = 0;
            long attended = 0;
            for (CtfYearAttendance year : p.attendance()) {
                for (CtfMark m : year.marks()) {
                    fromCtf.add(m.date() + " " + m.session() + " " + m.code());
                }
                possible += year.sessionsPossible();
                attended += year.sessionsAttended();
                assertEquals(
                        year.sessionsPossible(),
                        year.sessionsAttended() + year.sessionsAuthorised() + year.sessionsUnauthorised());
            }
            assertEquals(csvMarks.getOrDefault(p.upn(), List.of()), fromCtf, p.upn());
            RegisterFigures.Tally tally = figures.tallies.get(p.upn());
            assertEquals(tally == null ? 0 : tally.possible, possible, p.upn());
            assertEquals(tally == null ? 0 : tally.present, attended, p.upn());
            assertTrue(figures.pupils
                    .get(p.upn())
                    .get("year_group")
                    .equals(p.ncYearActual().orElseThrow()));
        }
    }
}
