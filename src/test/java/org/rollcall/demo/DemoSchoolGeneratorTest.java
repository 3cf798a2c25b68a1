package org.rollcall.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollcall.attendance.UpnValidator;

class DemoSchoolGeneratorTest {

    @TempDir
    Path dir;

    private final DemoSchoolGenerator generator = new DemoSchoolGenerator();

    @Test
    void aSecondarySchoolOverTwoYearsLooksLikeEnglandsFigures() throws IOException {
        long start = System.nanoTime();
        DemoFiles files = generator.generate(DemoSpec.wholeYears(2024, 1_500, DemoSpec.Phase.SECONDARY, 2024, 2), dir);
        long millis = (System.nanoTime() - start) / 1_000_000;

        RegisterFigures f = new RegisterFigures(files.pupils(), files.marks());
        double absence = f.absenceRate(RegisterFigures.all());
        double pa = f.persistentAbsenceRate(RegisterFigures.all());
        double fsmPa = f.persistentAbsenceRate(RegisterFigures.is("fsm", "Y"));
        double otherPa = f.persistentAbsenceRate(RegisterFigures.is("fsm", "N"));
        double ehcp = f.absenceRate(RegisterFigures.is("sen", "E"));
        double senSupport = f.absenceRate(RegisterFigures.is("sen", "K"));
        double noSen = f.absenceRate(RegisterFigures.is("sen", "N"));
        System.out.printf(
                "1,500 secondary pupils, 2 years: %d marks in %d ms; absence %.2f%%, unauthorised %.2f%%,"
                        + " PA %.1f%% (FSM %.1f%%, not FSM %.1f%%), severe %.2f%%, absence EHCP %.1f%% SEN support %.1f%%"
                        + " no SEN %.1f%%%n",
                files.markCount(),
                millis,
                100 * absence,
                100 * f.unauthorisedRate(),
                100 * pa,
                100 * fsmPa,
                100 * otherPa,
                100 * f.severeAbsenceRate(RegisterFigures.all()),
                100 * ehcp,
                100 * senSupport,
                100 * noSen);

        assertTrue(files.markCount() > 1_000_000, "about 1.1 million marks, got " + files.markCount());
        assertTrue(millis < 15_000, "generated in " + millis + " ms");
        assertTrue(absence >= 0.05 && absence <= 0.09, "overall absence " + absence);
        assertTrue(pa >= 0.15 && pa <= 0.25, "persistent absence " + pa);
        assertTrue(fsmPa > otherPa * 1.5, "FSM PA " + fsmPa + " vs not FSM " + otherPa);
        assertTrue(ehcp > senSupport && senSupport > noSen * 1.2, "SEN gap " + ehcp + " " + senSupport + " " + noSen);
        assertTrue(f.severeAbsenceRate(RegisterFigures.all()) > 0, "a few severe absentees");
        assertTrue(
                f.weekdayAbsence(1) > f.weekdayAbsence(3) && f.weekdayAbsence(5) > f.weekdayAbsence(3),
                "Mondays and Fridays worse than Wednesdays");
        for (String code : List.of("I", "M", "G", "O", "L", "U", "E")) {
            assertTrue(f.codeCounts.getOrDefault(code, 0L) > 0, "uses code " + code);
        }
        assertTrue(f.codeCounts.get("G") < f.codeCounts.get("I"), "holidays are rarer than illness");
    }

    @Test
    void aPrimarySchoolMissesLessThanASecondary() throws IOException {
        DemoFiles primary =
                generator.generate(DemoSpec.wholeYears(7, 420, DemoSpec.Phase.PRIMARY, 2024, 1), dir.resolve("p"));
        DemoFiles secondary =
                generator.generate(DemoSpec.wholeYears(7, 420, DemoSpec.Phase.SECONDARY, 2024, 1), dir.resolve("s"));
        double p = new RegisterFigures(primary.pupils(), primary.marks()).absenceRate(RegisterFigures.all());
        double s = new RegisterFigures(secondary.pupils(), secondary.marks()).absenceRate(RegisterFigures.all());
        assertTrue(p < s, "primary " + p + " vs secondary " + s);
        assertTrue(Files.readString(primary.pupils()).contains(",R,R"), "Reception is year group R, forms RA, RB...");
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedDoesNot() throws Exception {
        DemoSpec spec = DemoSpec.autumnTerm(99, 150, DemoSpec.Phase.SECONDARY, 2024);
        DemoFiles first = generator.generate(spec, dir.resolve("a"));
        DemoFiles second = generator.generate(spec, dir.resolve("b"));
        DemoFiles other = generator.generate(
                new DemoSpec(100, 150, spec.phase(), spec.firstAcademicYearStart(), 1, spec.lastDate()),
                dir.resolve("c"));

        for (String name : List.of("pupils.csv", "contacts.csv", "marks.csv", "calendar.json", "ctf/demo.xml")) {
            assertEquals(
                    sha256(dir.resolve("a").resolve(name)),
                    sha256(dir.resolve("b").resolve(name)),
                    name);
        }
        assertNotEquals(sha256(first.marks()), sha256(other.marks()));
        assertEquals(first.markCount(), second.markCount());
    }

    @Test
    void everyPupilHasOneMarkPerSessionOnEveryOpenDayOnRollAndNoneAfter() throws IOException {
        DemoSpec spec = DemoSpec.autumnTerm(5, 300, DemoSpec.Phase.PRIMARY, 2025);
        DemoFiles files = generator.generate(spec, dir);
        List<LocalDate> open = files.calendar().openDays().stream()
                .filter(d -> !d.isAfter(spec.lastDate().orElseThrow()))
                .toList();
        RegisterFigures figures = new RegisterFigures(files.pupils(), files.marks());

        Map<String, Integer> perPupil = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<LocalDate> openSet = new HashSet<>(open);
        try (BufferedReader in = Files.newBufferedReader(files.marks())) {
            assertEquals("upn,date,session,code,minutes_late", in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                assertEquals(5, f.length, line);
                assertTrue(seen.add(f[0] + f[1] + f[2]), "one mark per session: " + line);
                assertTrue(openSet.contains(LocalDate.parse(f[1])), "marks only on open days: " + line);
                assertTrue(f[2].equals("AM") || f[2].equals("PM"), line);
                assertEquals(
                        f[3].equals("L") || f[3].equals("U"), !f[4].isEmpty(), "minutes only for L and U: " + line);
                perPupil.merge(f[0], 1, Integer::sum);
            }
        }
        for (CSVRecord p : figures.pupils.values()) {
            LocalDate admission = LocalDate.parse(p.get("admission_date"));
            LocalDate leaving =
                    p.get("leaving_date").isEmpty() ? LocalDate.MAX : LocalDate.parse(p.get("leaving_date"));
            long expected = 2
                    * open.stream()
                            .filter(d -> !d.isBefore(admission) && !d.isAfter(leaving))
                            .count();
            assertEquals(expected, perPupil.getOrDefault(p.get("upn"), 0).longValue(), "marks for " + p.get("upn"));
        }
    }

    @Test
    void pupilsHaveValidUpnsAndTheDocumentedColumns() throws IOException {
        DemoFiles files = generator.generate(DemoSpec.autumnTerm(3, 200, DemoSpec.Phase.SECONDARY, 2024), dir);
        List<String> lines = Files.readAllLines(files.pupils());
        assertEquals(
                "upn,surname,forename,dob,gender,year_group,form,admission_date,leaving_date,fsm,disadvantaged,"
                        + "sen,eal,ethnicity,looked_after,child_in_need,young_carer",
                lines.get(0));
        assertEquals(
                "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel",
                Files.readAllLines(files.contacts()).get(0));
        UpnValidator upns = new UpnValidator();
        Set<String> unique = new HashSet<>();
        for (CSVRecord p : new RegisterFigures(files.pupils(), files.marks()).pupils.values()) {
            assertTrue(upns.isValid(p.get("upn")), p.get("upn") + ": " + upns.problem(p.get("upn")));
            assertTrue(unique.add(p.get("upn")));
            assertTrue(p.get("form").startsWith(p.get("year_group")), p.toString());
        }
        assertEquals(files.pupilCount(), unique.size());
        for (String contact : Files.readAllLines(files.contacts()).subList(1, 10)) {
            assertTrue(contact.matches(".*(@example\\.org|@example\\.com|,),.*"), contact);
        }
    }

    @Test
    void everyAcademicYearHas190OpenDaysInThreeTerms() {
        for (int year = 2019; year <= 2035; year++) {
            DemoCalendar.AcademicYear y = EnglishTermDates.academicYear(year);
            assertEquals(190, y.openDays().size(), "open days in " + y.name());
            assertEquals(3, y.terms().size());
            LocalDate summerEnd = y.terms().get(2).end();
            assertTrue(
                    summerEnd.getMonthValue() == 7 && summerEnd.getDayOfMonth() >= 14, y.name() + " ends " + summerEnd);
        }
    }

    @Test
    void easterIsRight() {
        assertEquals(LocalDate.of(2025, 4, 20), EnglishTermDates.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), EnglishTermDates.easterSunday(2026));
        assertEquals(LocalDate.of(2024, 3, 31), EnglishTermDates.easterSunday(2024));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
