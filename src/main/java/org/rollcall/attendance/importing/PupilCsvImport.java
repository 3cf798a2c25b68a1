package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/**
 * Pupils CSV ({@code upn,surname,forename,year_group,form}, more columns allowed): every row is
 * checked first; only a file without errors is applied, in one transaction.
 */
@ApplicationScoped
public class PupilCsvImport {
    static final List<String> REQUIRED = List.of("upn", "surname", "forename", "year_group", "form");
    private static final UpnValidator UPNS = new UpnValidator();
    private static final Pattern YEAR_GROUP = Pattern.compile("N1|N2|R|[1-9]|1[0-4]");

    record PupilRow(String upn, String surname, String forename, String yearGroup, String form) {
    }

    @Inject
    SchoolRepository schools;

    @Inject
    PupilRepository pupils;

    @Transactional
    public ImportResult importCsv(String urn, String fileName, InputStream csv) {
        School school = schools.require(urn);
        CsvTable table = new CsvTable(fileName, REQUIRED);
        ImportErrors errors = new ImportErrors();
        Map<String, PupilRow> rows = new LinkedHashMap<>();
        errors.addAll(table.read(csv, row -> check(table, row, errors, rows)));
        errors.throwIfAny(fileName);
        return apply(school, fileName, rows);
    }

    private static void check(CsvTable table, CsvTable.Row row, ImportErrors errors, Map<String, PupilRow> rows) {
        String upn = row.get("upn").toUpperCase();
        Optional<String> upnProblem = UPNS.problem(upn);
        if (upnProblem.isPresent()) {
            errors.add(table.error(row.line(), "upn", upn, upnProblem.get()));
        } else if (rows.containsKey(upn)) {
            errors.add(table.error(row.line(), "upn", upn, "this pupil appears twice in the file"));
        }
        for (String column : List.of("surname", "forename", "form")) {
            if (row.get(column).isEmpty()) {
                errors.add(table.error(row.line(), column, "", column + " is required"));
            }
        }
        String yearGroup = row.get("year_group").toUpperCase();
        if (!YEAR_GROUP.matcher(yearGroup).matches()) {
            errors.add(table.error(row.line(), "year_group", yearGroup, "year group must be N1, N2, R or 1 to 14"));
        }
        rows.putIfAbsent(upn, new PupilRow(upn, row.get("surname"), row.get("forename"), yearGroup, row.get("form")));
    }

    private ImportResult apply(School school, String fileName, Map<String, PupilRow> rows) {
        Map<String, Pupil> existing = pupils.byUpn(school);
        int added = 0;
        int changed = 0;
        for (PupilRow row : rows.values()) {
            Pupil pupil = existing.get(row.upn());
            if (pupil == null) {
                pupil = new Pupil(school, row.upn());
                pupil.update(row.surname(), row.forename(), row.yearGroup(), row.form());
                pupils.add(pupil);
                added++;
            } else if (!row.equals(new PupilRow(pupil.getUpn(), pupil.getSurname(), pupil.getForename(),
                    pupil.getYearGroup(), pupil.getForm()))) {
                pupil.update(row.surname(), row.forename(), row.yearGroup(), row.form());
                changed++;
            }
        }
        return new ImportResult(fileName, "pupils", rows.size(), added, changed, rows.size() - added - changed);
    }
}
