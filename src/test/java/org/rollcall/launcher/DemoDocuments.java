package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.delivery.ContentStore;
import org.rollcall.demo.DemoCalendar;

/**
 * The demo's documents for the current term: the governor pack, the SEF section in PDF and Word, the
 * parent printouts and the staff data. Each is made only when the archive (the documents list) or the
 * demo folder does not have it yet, so a second start makes nothing again.
 */
final class DemoDocuments {
    static final List<String> RUN_KINDS = List.of("GOVERNOR_PACK", "PARENT_PRINTOUTS", "STAFF_DATA");
    /** The documents each kind of run archives, the one to print first (the print file, the year groups) first. */
    private static final Map<String, List<String>> DOCUMENT_KINDS = Map.of(
            "GOVERNOR_PACK", List.of("GOVERNOR_PACK"),
            "PARENT_PRINTOUTS", List.of("PARENT_PRINT_FILE", "PARENT_PRINTOUT"),
            "STAFF_DATA", List.of("STAFF_DATA_YEAR", "STAFF_DATA_FORM"));
    /** A run makes hundreds of printouts: the demo lists this many of its files and counts the rest. */
    private static final int LISTED = 3;

    /** One document family: what it is, where its files are, and whether this start made it. */
    record Family(String name, List<Path> files, List<String> urls, boolean madeNow, String note) {}

    record Made(List<Family> families) {}

    private final DemoApi api;
    private final String urn;
    private final Path folder;

    DemoDocuments(DemoApi api, String urn, Path folder) {
        this.api = api;
        this.urn = urn;
        this.folder = folder;
    }

    Made make(DemoCalendar.Term term, LocalDate to) throws IOException, InterruptedException {
        List<Family> families = new ArrayList<>();
        families.add(run("Governor pack", "GOVERNOR_PACK", term, to, "governor-pack-" + urn + ".pdf")
                .orElseThrow());
        families.add(sef(term, to));
        run("Parent printouts", "PARENT_PRINTOUTS", term, to, "parent-printouts-" + urn + ".pdf")
                .ifPresent(families::add);
        run("Staff data", "STAFF_DATA", term, to, "staff-data-" + urn + ".pdf").ifPresent(families::add);
        return new Made(families);
    }

    /** A run of the kind for the term, unless the archive already has its documents; a copy of the first beside the others. */
    private Optional<Family> run(String name, String kind, DemoCalendar.Term term, LocalDate to, String copyName)
            throws IOException, InterruptedException {
        List<JsonObject> archived = archived(kind, term.start());
        boolean madeNow = archived.isEmpty();
        String note = "already in the archive";
        if (madeNow) {
            String body = Json.createObjectBuilder()
                    .add("kind", kind)
                    .add("from", term.start().toString())
                    .add("to", to.toString())
                    .build()
                    .toString();
            Optional<Long> id = (kind.equals("GOVERNOR_PACK")
                            ? Optional.of(api.post("schools/" + urn + "/runs", body))
                            : api.ifAvailable(
                                    name.toLowerCase() + " (run kind " + kind + ")",
                                    "POST",
                                    "schools/" + urn + "/runs",
                                    body))
                    .map(DemoApi::id);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            note = finished(kind, id.get()).getString("message", "");
            archived = archived(kind, term.start());
        }
        List<Path> files = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (JsonObject d : archived.subList(0, Math.min(LISTED, archived.size()))) {
            files.add(new ContentStore().pathOf(d.getString("sha256")));
            urls.add("documents/" + d.getJsonNumber("id").longValue());
        }
        if (!archived.isEmpty()) {
            Path copy = folder.resolve(copyName);
            if (madeNow || !Files.exists(copy)) {
                Files.write(copy, api.bytes(urls.get(0)));
            }
            files.add(0, copy);
        }
        return Optional.of(new Family(
                name + " (" + archived.size() + (archived.size() == 1 ? " document" : " documents") + " archived"
                        + (archived.size() > LISTED ? "; the first " + LISTED + " listed" : "") + ")",
                files,
                urls,
                madeNow,
                note));
    }

    /**
     * Both formats of the SEF section for the year: archived by a SEF_SECTION run (unless the archive has them for
     * that year) and saved beside the governor pack's copy unless they are there.
     */
    private Family sef(DemoCalendar.Term term, LocalDate to) throws IOException, InterruptedException {
        String year = org.rollcall.attendance.statistics.counting.AcademicCalendar.academicYearLabel(to);
        List<JsonObject> archived = archivedSef(year);
        boolean madeNow = archived.isEmpty();
        if (madeNow) {
            String body = Json.createObjectBuilder()
                    .add("kind", "SEF_SECTION")
                    .add("from", term.start().toString())
                    .add("to", to.toString())
                    .build()
                    .toString();
            finished("SEF_SECTION", DemoApi.id(api.post("schools/" + urn + "/runs", body)));
            archived = archivedSef(year);
        }
        String base = "sef-attendance-" + urn + "-" + year.replace('/', '-');
        Path pdf = folder.resolve(base + ".pdf");
        Path docx = folder.resolve(base + ".docx");
        if (madeNow || !Files.exists(pdf) || !Files.exists(docx)) {
            Files.write(pdf, api.bytes("schools/" + urn + "/sef?year=" + year + "&format=pdf"));
            Files.write(docx, api.bytes("schools/" + urn + "/sef?year=" + year + "&format=docx"));
        }
        List<Path> files = new ArrayList<>(List.of(pdf, docx));
        List<String> urls = new ArrayList<>(List.of(
                "schools/" + urn + "/sef?year=" + year, "schools/" + urn + "/sef?year=" + year + "&format=docx"));
        for (JsonObject d : archived) {
            files.add(new ContentStore().pathOf(d.getString("sha256"), d.getString("contentType")));
            urls.add("documents/" + d.getJsonNumber("id").longValue());
        }
        return new Family(
                "SEF attendance section " + year + " (PDF and Word, " + archived.size() + " documents archived)",
                files,
                urls,
                madeNow,
                madeNow ? "" : "already in the archive");
    }

    /** The archived SEF sections of that academic year (their titles end with it). */
    private List<JsonObject> archivedSef(String year) throws IOException, InterruptedException {
        return DemoApi.array(api.get("documents?urn=" + urn)).stream()
                .map(v -> (JsonObject) v)
                .filter(d -> "SEF_SECTION".equals(d.getString("kind"))
                        && d.getString("title", "").endsWith(year))
                .toList();
    }

    private List<JsonObject> archived(String kind, LocalDate termStart) throws IOException, InterruptedException {
        return DemoApi.array(api.get("documents?urn=" + urn)).stream()
                .map(v -> (JsonObject) v)
                .filter(d -> DOCUMENT_KINDS.get(kind).contains(d.getString("kind"))
                        && termStart.toString().equals(d.getString("from", "")))
                .sorted(Comparator.comparingInt(d -> DOCUMENT_KINDS.get(kind).indexOf(d.getString("kind"))))
                .toList();
    }

    private JsonObject finished(String kind, long id) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = DemoApi.object(api.get("runs/" + id));
            switch (run.getString("status")) {
                case "COMPLETED" -> {
                    return run;
                }
                case "FAILED" -> throw new IllegalStateException(
                        "The " + kind + " run failed: " + run.getString("message", ""));
                default -> Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The " + kind + " run did not finish within 5 minutes");
    }
}
