package org.rollcall.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a demo school as the files a school's MIS would export: {@code pupils.csv},
 * {@code contacts.csv}, {@code marks.csv}, {@code calendar.json} and the same pupils and registers as a
 * Common Transfer File, {@code ctf/demo.xml}. Registers are generated one
 * pupil at a time and streamed to disk, so a large school costs little memory.
 *
 * <p>Everything comes from the spec's seed: the roll, the contacts and each pupil's register use
 * their own split of the seeded stream, so the same spec always writes byte-identical files.
 */
public final class DemoSchoolGenerator {

    private static final int BUFFER = 1 << 16;

    /** Writes the demo school into the directory (created if missing) and says what it wrote. */
    public DemoFiles generate(DemoSpec spec, Path directory) {
        try {
            Files.createDirectories(directory);
            DemoCalendar calendar = EnglishTermDates.calendar(spec.startYear(), spec.academicYears());
            SchoolDays days = new SchoolDays(calendar, spec.lastDate());
            SplittableRandom root = new SplittableRandom(spec.seed());
            List<DemoPupil> roll = new RollBuilder(spec, calendar, days, root.split()).build();

            Path calendarJson = directory.resolve("calendar.json");
            try (Writer out = writer(calendarJson)) {
                CalendarJsonWriter.write(calendar, out);
            }
            Path pupils = writePupils(directory.resolve("pupils.csv"), roll, calendar, days);
            Path contacts = writeContacts(directory.resolve("contacts.csv"), roll, root.split());
            Path marks = directory.resolve("marks.csv");
            Path ctf = Files.createDirectories(directory.resolve("ctf")).resolve("demo.xml");
            DemoSchool school = DemoSchool.forPhase(spec.phase());
            long markCount = writeMarksAndCtf(marks, ctf, school, roll, calendar, days, root.split());
            return new DemoFiles(school, pupils, contacts, marks, calendarJson, ctf, calendar, roll.size(), markCount);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo school to " + directory, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the demo CTF in " + directory, e);
        }
    }

    private static Path writePupils(Path file, List<DemoPupil> roll, DemoCalendar calendar, SchoolDays days)
            throws IOException {
        try (Writer out = writer(file)) {
            PupilsCsvWriter csv = new PupilsCsvWriter(out);
            for (DemoPupil p : roll) {
                csv.write(p, lastAcademicYearOnRoll(p, calendar, days));
            }
            csv.flush();
        }
        return file;
    }

    /** The academic year whose year group and form the files show: the last one the pupil was on roll. */
    private static int lastAcademicYearOnRoll(DemoPupil p, DemoCalendar calendar, SchoolDays days) {
        LocalDate lastDay = days.size() == 0 ? calendar.academicYears().get(0).start() : days.dates[days.size() - 1];
        LocalDate asOf = p.leaving().filter(l -> l.isBefore(lastDay)).orElse(lastDay);
        return academicYearOf(calendar, asOf.isBefore(p.admission()) ? p.admission() : asOf);
    }

    private static Path writeContacts(Path file, List<DemoPupil> roll, SplittableRandom random) throws IOException {
        try (Writer out = writer(file)) {
            ContactsCsvWriter csv = new ContactsCsvWriter(out, random);
            for (DemoPupil p : roll) {
                csv.write(p);
            }
            csv.flush();
        }
        return file;
    }

    /** One pass over the pupils: each register is simulated once and written to both files. */
    private static long writeMarksAndCtf(
            Path marksFile,
            Path ctfFile,
            DemoSchool school,
            List<DemoPupil> roll,
            DemoCalendar calendar,
            SchoolDays days,
            SplittableRandom random)
            throws IOException, XMLStreamException {
        RegisterSimulator simulator = new RegisterSimulator(days);
        PupilRegister register = new PupilRegister(days.size());
        // A fixed time in the header keeps the file the same for the same seed.
        LocalDateTime written = (days.size() == 0
                        ? calendar.academicYears().get(0).start()
                        : days.dates[days.size() - 1])
                .atTime(18, 0);
        try (Writer marksOut = writer(marksFile);
                Writer ctfOut = writer(ctfFile)) {
            MarksCsvWriter marks = new MarksCsvWriter(marksOut);
            try (CtfDemoWriter ctf = new CtfDemoWriter(ctfOut, school, calendar, days, written)) {
                for (DemoPupil p : roll) {
                    simulator.simulate(p, random.split(), register);
                    marks.write(p.upn(), days, register);
                    ctf.write(p, p.yearGroupIn(lastAcademicYearOnRoll(p, calendar, days)), register);
                }
            }
            return marks.written();
        }
    }

    private static int academicYearOf(DemoCalendar calendar, LocalDate date) {
        List<DemoCalendar.AcademicYear> years = calendar.academicYears();
        for (int i = years.size() - 1; i >= 0; i--) {
            if (!date.isBefore(years.get(i).start())) {
                return i;
            }
        }
        return 0;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    }
}
