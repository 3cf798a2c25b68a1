package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.attendance.RegisterCodes;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/**
 * Marks CSV ({@code upn,date,session,code[,minutes_late]}): every row is checked against the
 * school's pupils and the register-code table; only a file without errors is written, in one
 * transaction. Re-importing the same marks changes nothing.
 */
@ApplicationScoped
public class MarkCsvImport {
    static final List<String> REQUIRED = List.of("upn", "date", "session", "code");

    @Inject
    SchoolRepository schools;

    @Inject
    PupilRepository pupils;

    @Inject
    RegisterCodes registerCodes;

    @Inject
    MarkStore store;

    @Transactional
    public ImportResult importCsv(String urn, String fileName, InputStream csv) {
        School school = schools.require(urn);
        Map<String, Long> pupilIds = pupils.idsByUpn(school);
        Map<String, RegisterCode> codes = registerCodes.all();
        CsvTable table = new CsvTable(fileName, REQUIRED);
        ImportErrors errors = new ImportErrors();
        List<MarkRow> rows = new ArrayList<>();
        Set<MarkRow.Key> seen = new HashSet<>();
        errors.addAll(table.read(csv, row -> check(table, row, pupilIds, codes, errors, seen).ifPresent(rows::add)));
        errors.throwIfAny(fileName);
        try {
            MarkStore.Outcome outcome = store.write(school.getId(), rows);
            return new ImportResult(fileName, "marks", rows.size(), outcome.added(), outcome.changed(), outcome.unchanged());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the marks of " + fileName, e);
        }
    }

    private static java.util.Optional<MarkRow> check(CsvTable table, CsvTable.Row row, Map<String, Long> pupilIds,
                                                     Map<String, RegisterCode> codes, ImportErrors errors, Set<MarkRow.Key> seen) {
        int before = errorCount(errors);
        String upn = row.get("upn").toUpperCase();
        Long pupilId = pupilIds.get(upn);
        if (pupilId == null) {
            errors.add(table.error(row.line(), "upn", upn, "no pupil with this UPN at this school; import the pupils first"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(row.get("date"));
        } catch (DateTimeParseException e) {
            errors.add(table.error(row.line(), "date", row.get("date"), "not a date in the form YYYY-MM-DD"));
        }
        String session = row.get("session").toUpperCase();
        if (!session.equals("AM") && !session.equals("PM")) {
            errors.add(table.error(row.line(), "session", row.get("session"), "session must be AM or PM"));
        }
        String code = row.get("code");
        RegisterCode known = codes.get(code);
        if (known == null) {
            errors.add(table.error(row.line(), "code", code, "not a register code"));
        } else if (date != null && !known.validOn(date)) {
            errors.add(table.error(row.line(), "code", code, "code " + code + " was not in use on " + date));
        }
        Integer minutesLate = minutesLate(table, row, errors);
        if (errorCount(errors) > before) {
            return java.util.Optional.empty();
        }
        MarkRow mark = new MarkRow(pupilId, date, session.equals("PM"), code, minutesLate);
        if (!seen.add(mark.key())) {
            errors.add(table.error(row.line(), "session", upn + " " + date + " " + session,
                    "this pupil already has a mark for this session earlier in the file"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(mark);
    }

    private static Integer minutesLate(CsvTable table, CsvTable.Row row, ImportErrors errors) {
        String text = row.get("minutes_late");
        if (text.isEmpty()) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 0 && minutes <= 600) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(table.error(row.line(), "minutes_late", text, "minutes late must be a whole number from 0 to 600"));
        return null;
    }

    private static int errorCount(ImportErrors errors) {
        return errors.count();
    }
}
