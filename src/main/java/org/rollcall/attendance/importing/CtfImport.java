package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rollcall.attendance.importing.ctf.CtfException;
import org.rollcall.attendance.importing.ctf.CtfMark;
import org.rollcall.attendance.importing.ctf.CtfProblem;
import org.rollcall.attendance.importing.ctf.CtfPupil;
import org.rollcall.attendance.importing.ctf.CtfReader;
import org.rollcall.attendance.importing.ctf.CtfYearAttendance;
import org.rollcall.platform.Problem.FieldError;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.school.School;

/**
 * A DfE Common Transfer File: the pupils' core data and the marks in each year's marks string.
 * The streaming CTF reader writes them as the two CSV files Rollcall already imports (each row
 * keeping its CTF line), so a CTF meets exactly the same checks; both apply in the caller's
 * transaction, so the CTF applies wholly or not at all. The two CSV files live in
 * {@code <ROLLCALL_DATA_DIR>/tmp} while the import runs and are deleted however it ends.
 */
@ApplicationScoped
public class CtfImport {
    @Inject
    PupilCsvImport pupils;

    @Inject
    MarkCsvImport marks;

    @Inject
    RollcallSettings settings;

    public ImportResult apply(School school, String fileName, InputStream xml, long importId) {
        Path pupilsCsv = null;
        Path marksCsv = null;
        try {
            // pupil data: under the data directory (owner-only files), never the shared system temp folder
            Path work = Files.createDirectories(settings.dataDir().resolve("tmp"));
            pupilsCsv = Files.createTempFile(work, "rollcall-ctf-pupils", ".csv");
            marksCsv = Files.createTempFile(work, "rollcall-ctf-marks", ".csv");
            convert(fileName, xml, pupilsCsv, marksCsv);
            ImportResult pupilResult;
            try (InputStream in = Files.newInputStream(pupilsCsv)) {
                pupilResult = pupils.apply(school, fileName, in, CsvTable.Origin.CONVERTED);
            }
            ImportResult markResult;
            try (InputStream in = Files.newInputStream(marksCsv)) {
                markResult = marks.apply(school, fileName, in, importId, CsvTable.Origin.CONVERTED);
            }
            return new ImportResult(
                    null,
                    fileName,
                    "ctf",
                    markResult.rows(),
                    markResult.added(),
                    markResult.changed(),
                    markResult.unchanged(),
                    List.of(pupilResult.rows() + " pupils in the file: " + pupilResult.added() + " added, "
                            + pupilResult.changed() + " changed, " + pupilResult.unchanged() + " unchanged"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not convert " + fileName, e);
        } finally {
            delete(pupilsCsv);
            delete(marksCsv);
        }
    }

    private static void convert(String fileName, InputStream xml, Path pupilsCsv, Path marksCsv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        CtfReader.Result result;
        try (BufferedWriter p = Files.newBufferedWriter(pupilsCsv, StandardCharsets.UTF_8);
                BufferedWriter m = Files.newBufferedWriter(marksCsv, StandardCharsets.UTF_8);
                CSVPrinter pupilOut = new CSVPrinter(
                        p,
                        format.builder()
                                .setHeader(
                                        "upn",
                                        "surname",
                                        "forename",
                                        "dob",
                                        "gender",
                                        "year_group",
                                        "form",
                                        "ethnicity",
                                        CsvTable.SOURCE_LINE)
                                .get());
                CSVPrinter markOut = new CSVPrinter(
                        m,
                        format.builder()
                                .setHeader("upn", "date", "session", "code", CsvTable.SOURCE_LINE)
                                .get())) {
            result = new CtfReader().read(xml, fileName, pupil -> write(pupil, pupilOut, markOut));
        } catch (CtfException e) {
            throw refused(fileName, List.of(e.problem()));
        } catch (UncheckedIOException e) {
            throw e;
        }
        if (!result.problems().isEmpty()) {
            throw refused(fileName, result.problems());
        }
    }

    private static void write(CtfPupil pupil, CSVPrinter pupilOut, CSVPrinter markOut) {
        try {
            pupilOut.printRecord(
                    pupil.upn(),
                    pupil.surname(),
                    pupil.forename(),
                    pupil.dob(),
                    pupil.sex(),
                    pupil.ncYearActual().orElse(""),
                    "-",
                    pupil.ethnicity().orElse(""),
                    pupil.line());
            for (CtfYearAttendance year : pupil.attendance()) {
                for (CtfMark mark : year.marks()) {
                    markOut.printRecord(pupil.upn(), mark.date(), mark.session(), mark.code(), pupil.line());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException refused(String fileName, List<CtfProblem> problems) {
        List<FieldError> errors = new ArrayList<>();
        for (CtfProblem p : problems) {
            errors.add(new FieldError(
                    p.file(),
                    (long) p.line(),
                    p.field(),
                    p.value(),
                    p.reason() + (p.column() > 0 ? " (column " + p.column() + ")" : "")));
        }
        return ProblemException.unprocessable(
                fileName + " is not a CTF Rollcall can import (" + problems.size() + " problem"
                        + (problems.size() == 1 ? "" : "s") + "); nothing from it was stored",
                errors);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
