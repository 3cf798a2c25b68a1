package org.rollcall.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Figures worked out straight from the files the generator wrote, with the DfE definitions and
 * nothing from the generator's own code: possible = marks not in the not-possible category,
 * attendance = present + approved activity, PA = a pupil's own attendance of 90% or less.
 */
final class RegisterFigures {

    /** The 2024 categories, written out here so the test does not trust the code it checks. */
    static final Map<String, Character> CATEGORY = new HashMap<>();

    static {
        for (String c : List.of("/", "\\", "L")) CATEGORY.put(c, 'P');
        for (String c : List.of("K", "V", "P", "W", "B")) CATEGORY.put(c, 'P');
        for (String c : List.of("C1", "M", "J1", "S", "C2", "C", "T", "R", "I", "E")) CATEGORY.put(c, 'A');
        for (String c : List.of("G", "N", "O", "U")) CATEGORY.put(c, 'U');
        for (String c : List.of("D", "X", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#"))
            CATEGORY.put(c, 'X');
    }

    /** Per pupil counts. */
    static final class Tally {
        long possible;
        long present;
        long authorised;
        long unauthorised;

        long absent() {
            return authorised + unauthorised;
        }

        double attendance() {
            return possible == 0 ? 1.0 : present / (double) possible;
        }
    }

    final Map<String, CSVRecord> pupils = new HashMap<>();
    final Map<String, Tally> tallies = new HashMap<>();
    final Map<String, Long> codeCounts = new HashMap<>();
    final long[] absentByWeekday = new long[6];
    final long[] possibleByWeekday = new long[6];

    RegisterFigures(Path pupilsCsv, Path marksCsv) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                pupilsCsv,
                StandardCharsets.UTF_8,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            for (CSVRecord r : parser) {
                pupils.put(r.get("upn"), r);
            }
        }
        try (BufferedReader in = Files.newBufferedReader(marksCsv)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String code = f[3];
                codeCounts.merge(code, 1L, Long::sum);
                Character category = CATEGORY.get(code);
                if (category == null) {
                    throw new AssertionError("Unknown code in " + line);
                }
                if (category == 'X') {
                    continue;
                }
                Tally t = tallies.computeIfAbsent(f[0], k -> new Tally());
                t.possible++;
                int weekday = java.time.LocalDate.parse(f[1]).getDayOfWeek().getValue();
                possibleByWeekday[weekday]++;
                switch (category) {
                    case 'P' -> t.present++;
                    case 'A' -> t.authorised++;
                    default -> t.unauthorised++;
                }
                if (category != 'P') {
                    absentByWeekday[weekday]++;
                }
            }
        }
    }

    double absenceRate(Predicate<CSVRecord> group) {
        long possible = 0;
        long absent = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (group.test(pupils.get(e.getKey()))) {
                possible += e.getValue().possible;
                absent += e.getValue().absent();
            }
        }
        return absent / (double) possible;
    }

    double unauthorisedRate() {
        long possible = tallies.values().stream().mapToLong(t -> t.possible).sum();
        return tallies.values().stream().mapToLong(t -> t.unauthorised).sum() / (double) possible;
    }

    /** Share of the group's pupils (with any possible session) at 90% attendance or less. */
    double persistentAbsenceRate(Predicate<CSVRecord> group) {
        return shareBelow(group, 0.9);
    }

    double severeAbsenceRate(Predicate<CSVRecord> group) {
        return shareBelow(group, 0.5);
    }

    private double shareBelow(Predicate<CSVRecord> group, double limit) {
        long pupilsInGroup = 0;
        long below = 0;
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (e.getValue().possible > 0 && group.test(pupils.get(e.getKey()))) {
                pupilsInGroup++;
                if (e.getValue().attendance() <= limit) {
                    below++;
                }
            }
        }
        return below / (double) pupilsInGroup;
    }

    double weekdayAbsence(int weekday) {
        return absentByWeekday[weekday] / (double) possibleByWeekday[weekday];
    }

    static Predicate<CSVRecord> all() {
        return r -> true;
    }

    static Predicate<CSVRecord> is(String column, String value) {
        return r -> r.get(column).equals(value);
    }
}
