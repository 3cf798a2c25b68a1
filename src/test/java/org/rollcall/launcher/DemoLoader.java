package org.rollcall.launcher;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.rollcall.demo.DemoCalendar;
import org.rollcall.demo.DemoFiles;
import org.rollcall.demo.DemoSchoolGenerator;
import org.rollcall.demo.DemoSpec;

/**
 * Loads the demo school the way a school would: the generator writes the same CSV files an MIS
 * exports for three academic years ending with the current one (marks up to the last school day
 * before today, so the current term is the real one), and they go in through the REST API with the
 * school's targets, details, staff and self-evaluation. Skips loading when the school already has
 * its data (a restart keeps it), then has {@link DemoDocuments} make whatever documents are missing.
 */
final class DemoLoader {
    private static final long SEED = 2025;
    private static final int PUPILS = 600;
    private static final int YEARS = 3;
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    record Outcome(
            String urn,
            String schoolName,
            String window,
            String query,
            String attendanceRate,
            DemoDocuments.Made documents) {}

    private final DemoApi api;
    private final Path folder;

    DemoLoader(String baseUrl, String user, String password, Path folder) {
        this.api = new DemoApi(baseUrl, user, password);
        this.folder = folder;
    }

    Outcome loadAndReport() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(SCHOOL_ZONE);
        LocalDate firstSeptember = LocalDate.of(today.minusMonths(8).getYear() - (YEARS - 1), 9, 1);
        DemoSpec spec = new DemoSpec(
                SEED, PUPILS, DemoSpec.Phase.SECONDARY, firstSeptember, YEARS, Optional.of(today.minusDays(1)));
        DemoFiles files = new DemoSchoolGenerator().generate(spec, folder);
        String urn = files.school().urn();
        DemoCalendar.Term term = currentTerm(files.calendar(), today);
        LocalDate to = today.minusDays(1).isBefore(term.end()) ? today.minusDays(1) : term.end();
        String query = "from=" + term.start() + "&to=" + to;
        if (alreadyLoaded(urn, query)) {
            Launcher.say("The demo school is already loaded; keeping its data");
        } else {
            load(files, today);
        }
        var figures = DemoApi.object(api.get("schools/" + urn + "/attendance?" + query));
        DemoDocuments.Made made = new DemoDocuments(api, urn, folder).make(term, to);
        return new Outcome(
                urn,
                files.school().name(),
                term.name().toLowerCase() + " term " + term.start() + " to " + to,
                query,
                figures.isNull("attendanceRate")
                        ? "–"
                        : figures.getJsonNumber("attendanceRate")
                                .bigDecimalValue()
                                .toPlainString(),
                made);
    }

    /** The term today is in, or the last one that started before today (in a holiday). */
    static DemoCalendar.Term currentTerm(DemoCalendar calendar, LocalDate today) {
        DemoCalendar.Term current = null;
        for (DemoCalendar.AcademicYear year : calendar.academicYears()) {
            for (DemoCalendar.Term t : year.terms()) {
                if (t.start().isBefore(today)) {
                    current = t;
                }
            }
        }
        if (current == null) {
            throw new IllegalStateException("No term of the demo calendar has started before " + today);
        }
        return current;
    }

    private boolean alreadyLoaded(String urn, String query) throws IOException, InterruptedException {
        var school = api.probe("schools/" + urn + "/attendance?" + query);
        return school.statusCode() == 200
                && DemoApi.object(school).getJsonNumber("possibleSessions").longValue() > 0;
    }

    private void load(DemoFiles files, LocalDate today) throws IOException, InterruptedException {
        String urn = files.school().urn();
        Launcher.say("Loading the demo school: " + files.pupilCount() + " pupils, " + files.markCount() + " marks over "
                + YEARS + " academic years");
        api.put(
                "schools/" + urn,
                Json.createObjectBuilder()
                        .add("name", files.school().name())
                        .add("phase", files.school().phase().name())
                        .build()
                        .toString());
        api.put("schools/" + urn + "/calendar", Files.readString(files.calendarJson()));
        api.put(
                "schools/" + urn + "/governors",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "Chair of Governors")
                                .add("email", "chair@governors.example.org"))
                        .add(Json.createObjectBuilder()
                                .add("name", "Attendance Link Governor")
                                .add("email", "attendance@governors.example.org"))
                        .build()
                        .toString());
        api.put("schools/" + urn + "/attendance/targets", "{\"attendance\":95,\"persistentAbsence\":15}");
        DemoStaff.load(api, files);
        api.csv("schools/" + urn + "/pupils", files.pupils());
        api.csv("schools/" + urn + "/contacts", files.contacts());
        api.csv("schools/" + urn + "/marks", files.marks());
        new DemoEvaluation(api, urn, today).load();
        new DemoCasework(api, urn, today).load();
    }
}
