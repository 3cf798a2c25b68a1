package org.rollcall.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the pupils CSV the importer reads. Year group and form are those of the last academic
 * year the pupil was on roll in the demo ("R" is Reception); booleans are Y/N, {@code sen} is N, K
 * or E, and {@code leaving_date} is empty for a pupil still on roll.
 */
final class PupilsCsvWriter {

    static final String[] HEADER = {
        "upn",
        "surname",
        "forename",
        "dob",
        "gender",
        "year_group",
        "form",
        "admission_date",
        "leaving_date",
        "fsm",
        "disadvantaged",
        "sen",
        "eal",
        "ethnicity",
        "looked_after",
        "child_in_need",
        "young_carer"
    };

    private final CSVPrinter printer;

    PupilsCsvWriter(Writer out) throws IOException {
        printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator('\n')
                        .setHeader(HEADER)
                        .get());
    }

    void write(DemoPupil p, int academicYear) throws IOException {
        printer.printRecord(
                p.upn(),
                p.surname(),
                p.forename(),
                p.dob(),
                String.valueOf(p.gender()),
                DemoPupil.yearGroupLabel(p.yearGroupIn(academicYear)),
                DemoPupil.yearGroupLabel(p.yearGroupIn(academicYear)) + p.formLetter(),
                p.admission(),
                p.leaving().map(LocalDate::toString).orElse(""),
                yn(p.fsm()),
                yn(p.disadvantaged()),
                String.valueOf(p.sen()),
                yn(p.eal()),
                p.ethnicity(),
                yn(p.lookedAfter()),
                yn(p.childInNeed()),
                yn(p.youngCarer()));
    }

    void flush() throws IOException {
        printer.flush();
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
