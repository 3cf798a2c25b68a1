package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rollcall.demo.DemoFiles;

/**
 * The demo school's details (address, contacts, headteacher, attendance champion) and its staff: a
 * tutor for every form and a head for every year group in the pupils file. Both go through the school
 * API's details and staff calls, skipped with a line when the build does not have them yet.
 */
final class DemoStaff {
    private DemoStaff() {}

    static void load(DemoApi api, DemoFiles files) throws IOException, InterruptedException {
        String urn = files.school().urn();
        api.ifAvailable(
                "school details and attendance champion",
                "PUT",
                "schools/" + urn,
                Json.createObjectBuilder()
                        .add("name", files.school().name())
                        .add("phase", files.school().phase().name())
                        .add(
                                "address",
                                Json.createArrayBuilder()
                                        .add("1 Oakfield Road")
                                        .add("Oakfield")
                                        .add("Sussex")
                                        .add("RH18 1ZZ"))
                        .add("phone", "01342 000000")
                        .add("email", "office@oakfield.example.org")
                        .add("website", "https://oakfield.example.org")
                        .add("headteacher", "Dr Helen Carter")
                        .add(
                                "attendanceChampion",
                                Json.createObjectBuilder()
                                        .add("name", "Mr David Okafor")
                                        .add("email", "attendance@oakfield.example.org")
                                        .add("phone", "01342 000001"))
                        .build()
                        .toString());
        api.ifAvailable(
                "staff assigned to forms and year groups",
                "PUT",
                "schools/" + urn + "/staff",
                staff(files).build().toString());
    }

    private static JsonArrayBuilder staff(DemoFiles files) throws IOException {
        TreeSet<String> forms = new TreeSet<>();
        TreeSet<String> years = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(files.pupils())) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                forms.add(row.get("form"));
                years.add(row.get("year_group"));
            }
        }
        JsonArrayBuilder staff = Json.createArrayBuilder();
        for (String form : forms) {
            staff.add(member("Tutor of " + form, "tutor." + form.toLowerCase(), List.of(form), List.of()));
        }
        for (String year : years) {
            staff.add(member("Head of Year " + year, "head.year" + year, List.of(), List.of(year)));
        }
        return staff;
    }

    private static jakarta.json.JsonObjectBuilder member(
            String name, String user, List<String> forms, List<String> years) {
        JsonArrayBuilder f = Json.createArrayBuilder();
        forms.forEach(f::add);
        JsonArrayBuilder y = Json.createArrayBuilder();
        years.forEach(y::add);
        return Json.createObjectBuilder()
                .add("name", name)
                .add("email", user + "@oakfield.example.org")
                .add("forms", f)
                .add("yearGroups", y);
    }
}
