package org.rollcall.attendance.importing;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rollcall.attendance.PupilDetails;
import org.rollcall.attendance.UpnValidator;
import org.rollcall.attendance.importing.PupilCsvImport.PupilRow;
import org.rollcall.attendance.importing.PupilCsvImport.Spell;

/**
 * The rules a row of a pupils CSV follows: a valid UPN with its check letter, the five required
 * fields, year groups N1, N2, R or 1 to 14, Y/N flags, SEN N/K/E, and spells on roll whose dates
 * make sense. A pupil on two rows has two spells, each with its own admission date.
 */
final class PupilRows {
    private static final UpnValidator UPNS = new UpnValidator();
    private static final Pattern YEAR_GROUP = Pattern.compile("N1|N2|R|[1-9]|1[0-4]");

    private PupilRows() {}

    /** Every row checked; errors go to {@code errors}, the pupils by UPN in file order. */
    static Map<String, PupilRow> read(CsvTable table, InputStream csv, ImportErrors errors) {
        Map<String, PupilRow> rows = new LinkedHashMap<>();
        errors.addAll(table.read(csv, row -> check(new FieldReader(table, row, errors), rows)));
        return rows;
    }

    static void check(FieldReader f, Map<String, PupilRow> rows) {
        String upn = f.text("upn").toUpperCase(Locale.ROOT);
        UPNS.problem(upn).ifPresent(problem -> f.fail("upn", upn, problem));
        String yearGroup = f.required("year_group").toUpperCase(Locale.ROOT);
        if (!yearGroup.isEmpty() && !YEAR_GROUP.matcher(yearGroup).matches()) {
            f.fail("year_group", yearGroup, "year group must be N1, N2, R or 1 to 14");
        }
        PupilDetails details = new PupilDetails(
                f.required("surname"),
                f.required("forename"),
                yearGroup,
                f.required("form"),
                f.date("dob"),
                f.oneOf("gender", Set.of("M", "F", "U"), "gender must be M, F or U"),
                f.yesNo("fsm"),
                f.yesNo("disadvantaged"),
                f.oneOf("sen", Set.of("N", "K", "E"), "SEN must be N (none), K (SEN support) or E (EHC plan)"),
                f.yesNo("eal"),
                f.optionalText("ethnicity"),
                f.yesNo("looked_after"),
                f.yesNo("child_in_need"),
                f.yesNo("young_carer"));
        Optional<Spell> spell = spell(f);
        PupilRow earlier = rows.get(upn);
        if (earlier == null) {
            rows.put(
                    upn,
                    new PupilRow(upn, details, new ArrayList<>(spell.stream().toList())));
        } else if (spell.isEmpty()
                || earlier.spells().stream()
                        .anyMatch(s -> s.admission().equals(spell.get().admission()))) {
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
            leaving.ifPresent(
                    d -> f.fail("leaving_date", d.toString(), "a leaving date needs the admission date of that spell"));
            return Optional.empty();
        }
        if (leaving.isPresent() && leaving.get().isBefore(admission.get())) {
            f.fail("leaving_date", leaving.get().toString(), "leaves before being admitted (" + admission.get() + ")");
        }
        return Optional.of(new Spell(admission.get(), leaving));
    }
}
