package org.rollcall.attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.Problem.FieldError;

class CsvTableTest {

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private final CsvTable table = new CsvTable("marks.csv", List.of("upn", "code"));

    @Test
    void rowsComeWithTheirLineAndColumnsInAnyCaseAndOrder() {
        List<String> seen = new ArrayList<>();
        List<FieldError> errors = table.read(
                csv("\uFEFFCode, UPN\n/,A1\n\nN,B2\n"),
                row -> seen.add(row.line() + ":" + row.get("upn") + ":" + row.get("code")));
        assertEquals(List.of(), errors);
        // the empty line 3 is skipped, but the line numbers stay those of the file
        assertEquals(List.of("2:A1:/", "4:B2:N"), seen);
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderAndNoRowIsRead() {
        List<FieldError> errors = table.read(csv("upn,session\nA1,AM\n"), row -> {
            throw new AssertionError("no row may be read");
        });
        assertEquals(
                List.of(new FieldError(
                        "marks.csv", 1L, "code", "", "required column 'code' is missing from the header")),
                errors);
    }

    @Test
    void anEmptyFileAndARowOfTheWrongWidthAreFileErrors() {
        assertEquals(
                "the file is empty; it needs a header row and data",
                table.read(csv(""), row -> {}).get(0).reason());
        List<FieldError> errors = table.read(csv("upn,code\nA1,/\nB2,/,extra\n"), row -> {});
        assertEquals(List.of(new FieldError("marks.csv", 3L, "", "", "has 3 fields; the header has 2")), errors);
    }

    @Test
    void anUnclosedQuoteIsReportedOnTheLineAfterTheLastGoodRecord() {
        List<FieldError> errors = table.read(csv("upn,code\nA1,/\n\"B2,N\n"), row -> {});
        assertEquals(1, errors.size());
        assertEquals(3L, errors.get(0).line());
        assertEquals(true, errors.get(0).reason().startsWith("the file could not be read as CSV"));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedAsSuch() {
        byte[] latin1 = "upn,code\nA1,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        List<FieldError> errors = table.read(new ByteArrayInputStream(latin1), row -> {});
        assertEquals(
                "the file is not UTF-8 text; save it as CSV UTF-8",
                errors.get(0).reason());
    }

    @Test
    void whatTheCallerThrowsIsTheCallersNotACsvError() {
        IllegalStateException failure = new IllegalStateException("the database went away");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> table.read(csv("upn,code\nA1,/\n"), row -> {
                    throw failure;
                }));
        assertSame(failure, thrown);
    }

    @Test
    void anUploadCannotSetTheSourceLineItIsIgnoredWithAWarning() {
        List<Long> lines = new ArrayList<>();
        List<FieldError> errors = table.read(csv("upn,code,source_line\nA1,/,900\n"), row -> lines.add(row.line()));
        assertEquals(List.of(), errors);
        assertEquals(List.of(2L), lines);
        assertEquals(List.of("column 'source_line' is for Rollcall's own use and was ignored"), table.warnings());
        assertEquals(
                List.of("column 'source_line' is for Rollcall's own use and was ignored"),
                UnknownColumns.warnings(table, List.of("upn", "code"), List.of()));
    }

    @Test
    void aConvertedFileNamesTheLineOfItsOriginal() {
        CsvTable converted = new CsvTable("ctf.xml", List.of("upn", "code"), CsvTable.Origin.CONVERTED);
        List<Long> lines = new ArrayList<>();
        converted.read(csv("upn,code,source_line\nA1,/,900\n"), row -> lines.add(row.line()));
        assertEquals(List.of(900L), lines);
        assertEquals(List.of(), converted.warnings());
    }
}
