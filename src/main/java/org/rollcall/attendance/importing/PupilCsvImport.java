package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.PupilDetails;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.school.School;

/**
 * Pupils CSV: {@code upn,surname,forename,dob,gender,year_group,form,admission_date,leaving_date,
 * fsm,disadvantaged,sen,eal,ethnicity,looked_after,child_in_need,young_carer}. Only the first five
 * are required; unknown extra columns are ignored with a warning. A pupil may appear on several
 * rows with different admission dates: one spell on roll each (left and rejoined). Every row is
 * checked before anything is written; runs inside the caller's transaction.
 */
@ApplicationScoped
public class PupilCsvImport {
    static final List<String> REQUIRED = List.of("upn", "surname", "forename", "year_group", "form");
    static final List<String> OPTIONAL = List.of(
            "dob",
            "gender",
            "admission_date",
            "leaving_date",
            "fsm",
            "disadvantaged",
            "sen",
            "eal",
            "ethnicity",
            "looked_after",
            "child_in_need",
            "young_carer");

    record Spell(LocalDate admission, Optional<LocalDate> leaving) {}

    record PupilRow(String upn, PupilDetails details, List<Spell> spells) {}

    @Inject
    PupilRepository pupils;

    public ImportResult apply(School school, String fileName, InputStream csv) {
        return apply(school, fileName, csv, CsvTable.Origin.UPLOAD);
    }

    /** @param origin {@code CONVERTED} for the file a CTF was turned into, whose rows name the CTF's lines */
    public ImportResult apply(School school, String fileName, InputStream csv, CsvTable.Origin origin) {
        CsvTable table = new CsvTable(fileName, REQUIRED, origin);
        ImportErrors errors = new ImportErrors();
        Map<String, PupilRow> rows = PupilRows.read(table, csv, errors);
        errors.throwIfAny(fileName);
        return write(school, fileName, rows, UnknownColumns.warnings(table, REQUIRED, OPTIONAL));
    }

    /** A CTF carries no registration form ("-"): an existing pupil keeps the form the MIS gave. */
    private static PupilDetails keepFormIfUnknown(PupilDetails d, Pupil existing) {
        if (!d.form().equals("-") || existing == null) {
            return d;
        }
        return new PupilDetails(
                d.surname(),
                d.forename(),
                d.yearGroup(),
                existing.getForm(),
                d.dob(),
                d.gender(),
                d.fsm(),
                d.disadvantaged(),
                d.sen(),
                d.eal(),
                d.ethnicity(),
                d.lookedAfter(),
                d.childInNeed(),
                d.youngCarer());
    }

    private ImportResult write(School school, String fileName, Map<String, PupilRow> rows, List<String> warnings) {
        Map<String, Pupil> existing = pupils.byUpn(school);
        int added = 0;
        int changed = 0;
        for (PupilRow row : rows.values()) {
            Pupil pupil = existing.get(row.upn());
            boolean isNew = pupil == null;
            if (isNew) {
                pupil = new Pupil(school, row.upn());
            }
            boolean different = pupil.update(keepFormIfUnknown(row.details(), isNew ? null : pupil));
            for (Spell spell : row.spells()) {
                different |= pupil.enrol(spell.admission(), spell.leaving());
            }
            if (isNew) {
                pupils.add(pupil);
                added++;
            } else if (different) {
                changed++;
            }
        }
        return new ImportResult(
                null, fileName, "pupils", rows.size(), added, changed, rows.size() - added - changed, warnings);
    }
}
