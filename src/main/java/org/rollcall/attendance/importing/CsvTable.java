package org.rollcall.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.rollcall.platform.Problem.FieldError;

/**
 * A CSV upload with a header row: checks the header names the required columns (in any case and
 * order), then hands each record to the caller with its line number. Anything unreadable is
 * reported as an import error, never thrown past the caller.
 */
public final class CsvTable {
    private final String fileName;
    private final List<String> required;

    public CsvTable(String fileName, List<String> requiredColumns) {
        this.fileName = fileName;
        this.required = List.copyOf(requiredColumns);
    }

    /**
     * One data row, fields looked up by (lower-case) column name. A file converted from another
     * format (a CTF) carries a {@code source_line} column so errors name the line of the original.
     */
    public record Row(long fileLine, Map<String, Integer> columns, CSVRecord record) {
        public long line() {
            String source = get(SOURCE_LINE);
            return source.isEmpty() ? fileLine : Long.parseLong(source);
        }

        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index).trim();
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    static final String SOURCE_LINE = "source_line";

    private List<String> header = List.of();

    /** The header as read, for warnings about columns the import does not know. */
    public List<String> header() {
        return header;
    }

    /** Reads the whole stream; returns the errors in the structure of the file itself (header, quoting, encoding, empty). */
    public List<FieldError> read(InputStream in, Consumer<Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        long[] lastGoodLine = {1};
        try (Reader reader = utf8(in);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get().parse(reader)) {
            header = parser.getHeaderNames();
            if (header.isEmpty()) {
                errors.add(error(1, "", "", "the file is empty; it needs a header row and data"));
                return errors;
            }
            Map<String, Integer> columns = columns(header);
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    errors.add(error(1, column, "", "required column '" + column + "' is missing from the header"));
                }
            }
            if (!errors.isEmpty()) {
                return errors;
            }
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                lastGoodLine[0] = line;
                if (record.size() != width) {
                    errors.add(error(line, "", "", "has " + record.size() + " fields; the header has " + width));
                    continue;
                }
                rows.accept(new Row(line, columns, record));
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            // the parser stopped inside the record after the last one it read
            errors.add(error(lastGoodLine[0] + 1, "", "", readProblem(e)));
        }
        return errors;
    }

    public FieldError error(long line, String field, String value, String reason) {
        return new FieldError(fileName, line, field, value, reason);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /** Strict UTF-8 (a byte-order mark is allowed and dropped): a wrong encoding is an error, not mojibake. */
    private static Reader utf8(InputStream in) throws IOException {
        InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
        return new InputStreamReader(noBom, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String readProblem(Exception e) {
        Throwable cause = Optional.ofNullable(e.getCause()).orElse(e);
        if (cause instanceof CharacterCodingException || e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text; save it as CSV UTF-8";
        }
        return "the file could not be read as CSV: " + e.getMessage();
    }
}
