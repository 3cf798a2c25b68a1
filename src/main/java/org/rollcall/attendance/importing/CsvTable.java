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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.rollcall.platform.Problem.FieldError;

/**
 * A CSV upload with a header row: checks the header names the required columns (in any case and
 * order), then hands each record to the caller with its line number. Anything unreadable in the
 * file is reported as an import error; what the caller throws while handling a row is the
 * caller's, and passes through untouched.
 */
public final class CsvTable {
    /** Where the file came from: only a file Rollcall converted itself may carry internal columns. */
    public enum Origin {
        UPLOAD,
        CONVERTED
    }

    static final String SOURCE_LINE = "source_line";
    /** Columns Rollcall writes into files it converts (a CTF); a user's file cannot set them. */
    static final Set<String> INTERNAL = Set.of(SOURCE_LINE);

    private final String fileName;
    private final List<String> required;
    private final Origin origin;
    private final List<String> warnings = new ArrayList<>();
    private List<String> header = List.of();

    public CsvTable(String fileName, List<String> requiredColumns) {
        this(fileName, requiredColumns, Origin.UPLOAD);
    }

    public CsvTable(String fileName, List<String> requiredColumns, Origin origin) {
        this.fileName = fileName;
        this.required = List.copyOf(requiredColumns);
        this.origin = origin;
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
            return index == null || index >= record.size()
                    ? ""
                    : record.get(index).trim();
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    /** The header as read, for warnings about columns the import does not know. */
    public List<String> header() {
        return header;
    }

    /** What the table ignored and the user should know (an internal column in an upload). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Reads the whole stream; returns the errors in the structure of the file itself (header, quoting, encoding, empty). */
    public List<FieldError> read(InputStream in, Consumer<Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        try (Reader reader = utf8(in);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setAllowMissingColumnNames(true)
                        .get()
                        .parse(reader)) {
            header = parser.getHeaderNames();
            Map<String, Integer> columns = columns(header);
            errors.addAll(headerErrors(columns));
            if (errors.isEmpty()) {
                readRecords(parser, columns, rows, errors);
            }
        } catch (CallersOwn e) {
            throw e.thrown;
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            // the header itself could not be read: reported on the line after it, as the parser sees it
            errors.add(error(2, "", "", readProblem(e)));
        }
        return errors;
    }

    private List<FieldError> headerErrors(Map<String, Integer> columns) {
        if (header.isEmpty()) {
            return List.of(error(1, "", "", "the file is empty; it needs a header row and data"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (String column : required) {
            if (!columns.containsKey(column)) {
                errors.add(error(1, column, "", "required column '" + column + "' is missing from the header"));
            }
        }
        return errors;
    }

    /** Parsing errors stop the file; the caller's own exceptions from {@code rows} are not caught here. */
    private void readRecords(
            CSVParser parser, Map<String, Integer> columns, Consumer<Row> rows, List<FieldError> errors) {
        int width = header.size();
        Iterator<CSVRecord> records = parser.iterator();
        long lastGoodLine = 1;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                // the parser stopped inside the record after the last one it read
                errors.add(error(lastGoodLine + 1, "", "", readProblem(e)));
                return;
            }
            long line = parser.getCurrentLineNumber();
            lastGoodLine = line;
            if (record.size() != width) {
                errors.add(error(line, "", "", "has " + record.size() + " fields; the header has " + width));
                continue;
            }
            try {
                rows.accept(new Row(line, columns, record));
            } catch (RuntimeException e) {
                throw new CallersOwn(e);
            }
        }
    }

    /** Carries the caller's exception past the catch for parsing errors, so it is never reported as a CSV problem. */
    private static final class CallersOwn extends RuntimeException {
        private final RuntimeException thrown;

        CallersOwn(RuntimeException thrown) {
            super(thrown);
            this.thrown = thrown;
        }
    }

    public FieldError error(long line, String field, String value, String reason) {
        return new FieldError(fileName, line, field, value, reason);
    }

    private Map<String, Integer> columns(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (origin == Origin.UPLOAD && INTERNAL.contains(name)) {
                warnings.add("column '" + names.get(i).trim() + "' is for Rollcall's own use and was ignored");
                continue;
            }
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    /** Strict UTF-8 (a byte-order mark is allowed and dropped): a wrong encoding is an error, not mojibake. */
    private static Reader utf8(InputStream in) throws IOException {
        InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
        return new InputStreamReader(
                noBom,
                StandardCharsets.UTF_8
                        .newDecoder()
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
