package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
    static final List<String> OPTIONAL = List.of("dob", "gender", "admission_date", "leaving_date", "fsm", "disadvantaged",
            "sen", "eal", "ethnicity", "looked_after", "child_in_need", "young_carer");
    private static final UpnValidator UPNS = new UpnValidator();
    private static final Pattern YEAR_GROUP = Pattern.compile("N1|N2|R|[1-9]|1[0-4]");

    record Spell(LocalDate admission, Optional<LocalDate> leaving) {
    }

    record PupilRow(String upn, PupilDetails details, List<Spell> spells) {
    }

    @Inject
    PupilRepository pupils;

    public ImportResult apply(School school, String fileName, InputStream csv) {
        return apply(school, fileName, csv, CsvTable.Origin.UPLOAD);
    }

    /** @param origin {@code CONVERTED} for the file a CTF was turned into, whose rows name the CTF's lines */
    public ImportResult apply(School school, String fileName, InputStream csv, CsvTable.Origin origin) {
        CsvTable table = new CsvTable(fileName, REQUIRED, origin);
        ImportErrors errors = new ImportErrors();
        Map<String, PupilRow> rows = new LinkedHashMap<>();
        errors.addAll(table.read(csv, row -> check(new FieldReader(table, row, errors), rows)));
        errors.throwIfAny(fileName);
        return write(school, fileName, rows, UnknownColumns.warnings(table, REQUIRED, OPTIONAL));
    }

    private static void check(FieldReader f, Map<String, PupilRow> rows) {
        String upn = f.text("upn").toUpperCase(Locale.ROOT);
        UPNS.problem(upn).ifPresent(problem -> f.fail("upn", upn, problem));
        String yearGroup = f.required("year_group").toUpperCase(Locale.ROOT);
        if (!yearGroup.isEmpty() && !YEAR_GROUP.matcher(yearGroup).matches()) {
            f.fail("year_group", yearGroup, "year group must be N1, N2, R or 1 to 14");
        }
        PupilDetails details = new PupilDetails(f.required("surname"), f.required("forename"), yearGroup, f.required("form"),
                f.date("dob"), f.oneOf("gender", Set.of("M", "F", "U"), "gender must be M, F or U"),
                f.yesNo("fsm"), f.yesNo("disadvantaged"), f.oneOf("sen", Set.of("N", "K", "E"),
                "SEN must be N (none), K (SEN support) or E (EHC plan)"), f.yesNo("eal"), f.optionalText("ethnicity"),
                f.yesNo("looked_after"), f.yesNo("child_in_need"), f.yesNo("young_carer"));
        Optional<Spell> spell = spell(f);
        PupilRow earlier = rows.get(upn);
        if (earlier == null) {
            rows.put(upn, new PupilRow(upn, details, new ArrayList<>(spell.stream().toList())));
        } else if (spell.isEmpty() || earlier.spells().stream().anyMatch(s -> s.admission().equals(spell.get().admission()))) {
            f.fail("upn", upn, "this pupil appears twice in the file with the same admission date");
        } else {
            earlier.spells().add(spell.get());
            rows.put(upn, new PupilRow(upn, details, earlier.spells()));
        }
    }

    private static Optional<Spell> spell(FieldReader f) {
        Optional<LocalDate> admission = f.date("admission_date");
        Optional<LocalDate> leaving = f.date("leaving_date");
        if (admission.isEmpty()) {
            leaving.ifPresent(d -> f.fail("leaving_date", d.toString(), "a leaving date needs the admission date of that spell"));
            return Optional.empty();
        }
        if (leaving.isPresent() && leaving.get().isBefore(admission.get())) {
            f.fail("leaving_date", leaving.get().toString(), "leaves before being admitted (" + admission.get() + ")");
        }
        return Optional.of(new Spell(admission.get(), leaving));
    }

    /** A CTF carries no registration form ("-"): an existing pupil keeps the form the MIS gave. */
    private static PupilDetails keepFormIfUnknown(PupilDetails d, Pupil existing) {
        if (!d.form().equals("-") || existing == null) {
            return d;
        }
        return new PupilDetails(d.surname(), d.forename(), d.yearGroup(), existing.getForm(), d.dob(), d.gender(), d.fsm(),
                d.disadvantaged(), d.sen(), d.eal(), d.ethnicity(), d.lookedAfter(), d.childInNeed(), d.youngCarer());
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
        return new ImportResult(null, fileName, "pupils", rows.size(), added, changed, rows.size() - added - changed, warnings);
    }
}
