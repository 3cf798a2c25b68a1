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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a demo school as the files a school's MIS would export: {@code pupils.csv},
 * {@code contacts.csv}, {@code marks.csv} and {@code calendar.json}. Registers are generated one
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
            long markCount = writeMarks(marks, roll, days, root.split());
            return new DemoFiles(DemoSchool.forPhase(spec.phase()), pupils, contacts, marks, calendarJson, calendar,
                    roll.size(), markCount);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo school to " + directory, e);
        }
    }

    private static Path writePupils(Path file, List<DemoPupil> roll, DemoCalendar calendar, SchoolDays days)
            throws IOException {
        LocalDate lastDay = days.size() == 0 ? calendar.academicYears().get(0).start() : days.dates[days.size() - 1];
        try (Writer out = writer(file)) {
            PupilsCsvWriter csv = new PupilsCsvWriter(out);
            for (DemoPupil p : roll) {
                LocalDate asOf = p.leaving().filter(l -> l.isBefore(lastDay)).orElse(lastDay);
                csv.write(p, academicYearOf(calendar, asOf.isBefore(p.admission()) ? p.admission() : asOf));
            }
            csv.flush();
        }
        return file;
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

    private static long writeMarks(Path file, List<DemoPupil> roll, SchoolDays days, SplittableRandom random)
            throws IOException {
        RegisterSimulator simulator = new RegisterSimulator(days);
        PupilRegister register = new PupilRegister(days.size());
        try (Writer out = writer(file)) {
            MarksCsvWriter marks = new MarksCsvWriter(out);
            for (DemoPupil p : roll) {
                simulator.simulate(p, random.split(), register);
                marks.write(p.upn(), days, register);
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
