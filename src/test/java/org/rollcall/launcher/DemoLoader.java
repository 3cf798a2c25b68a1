package org.rollcall.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.rollcall.demo.DemoCalendar;
import org.rollcall.demo.DemoFiles;
import org.rollcall.demo.DemoSchoolGenerator;
import org.rollcall.demo.DemoSpec;
import org.rollcall.delivery.ContentStore;

/**
 * Loads the demo school the way a school would: the generator writes the same CSV files an MIS
 * exports, and they go in through the REST API. Skips loading when the school already has its
 * data (a restart keeps it), then runs a governor pack and saves a copy of the PDF.
 */
final class DemoLoader {
    private static final long SEED = 2025;
    private static final int PUPILS = 600;

    record Outcome(String urn, String schoolName, String window, String query, String attendanceRate, long documentId,
                   String sha256, String archivedAt, Path savedPdf, String runMessage) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String authorization;
    private final Path folder;

    DemoLoader(String baseUrl, String user, String password, Path folder) {
        this.api = baseUrl + "/api/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.folder = folder;
    }

    Outcome loadAndReport() throws IOException, InterruptedException {
        // last year in full and this autumn, so "same period last year" has real data behind it
        DemoSpec spec = new DemoSpec(SEED, PUPILS, DemoSpec.Phase.SECONDARY, LocalDate.of(2024, 9, 1), 2,
                Optional.of(LocalDate.of(2025, 12, 19)));
        DemoFiles files = new DemoSchoolGenerator().generate(spec, folder);
        String urn = files.school().urn();
        DemoCalendar.Term autumn = files.calendar().academicYears().get(1).terms().get(0);
        String query = "from=" + autumn.start() + "&to=" + autumn.end();
        if (alreadyLoaded(urn, query)) {
            System.out.println("[rollcall] The demo school is already loaded; keeping its data");
        } else {
            load(files);
        }
        JsonObject figures = json(send(get("schools/" + urn + "/attendance?" + query)));
        JsonObject run = runGovernorPack(urn, autumn.start(), autumn.end());
        long documentId = run.getJsonArray("documentIds").getJsonNumber(0).longValue();
        String sha = shaOf(urn, documentId);
        Path pdf = folder.resolve("governor-pack-" + urn + ".pdf");
        Files.write(pdf, http.send(get("documents/" + documentId), HttpResponse.BodyHandlers.ofByteArray()).body());
        Path archived = new ContentStore().pathOf(sha);
        return new Outcome(urn, files.school().name(), "autumn term " + autumn.start() + " to " + autumn.end(), query,
                figures.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString(), documentId, sha,
                archived.toString(), pdf, run.getString("message", ""));
    }

    private boolean alreadyLoaded(String urn, String query) throws IOException, InterruptedException {
        HttpResponse<String> school = http.send(get("schools/" + urn + "/attendance?" + query), HttpResponse.BodyHandlers.ofString());
        return school.statusCode() == 200 && json(school).getJsonNumber("possibleSessions").longValue() > 0;
    }

    private void load(DemoFiles files) throws IOException, InterruptedException {
        String urn = files.school().urn();
        System.out.println("[rollcall] Loading the demo school: " + files.pupilCount() + " pupils, " + files.markCount() + " marks");
        send(put("schools/" + urn, Json.createObjectBuilder().add("name", files.school().name())
                .add("phase", files.school().phase().name()).build().toString()));
        send(put("schools/" + urn + "/calendar", Files.readString(files.calendarJson())));
        send(put("schools/" + urn + "/governors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Chair of Governors").add("email", "chair@governors.example.org"))
                .add(Json.createObjectBuilder().add("name", "Attendance Link Governor").add("email", "attendance@governors.example.org"))
                .build().toString()));
        send(csv("schools/" + urn + "/pupils", files.pupils()));
        send(csv("schools/" + urn + "/contacts", files.contacts()));
        send(csv("schools/" + urn + "/marks", files.marks()));
    }

    private JsonObject runGovernorPack(String urn, LocalDate from, LocalDate to) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("kind", "GOVERNOR_PACK").add("from", from.toString())
                .add("to", to.toString()).build().toString();
        long id = json(send(post("schools/" + urn + "/runs", body))).getJsonNumber("id").longValue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonObject run = json(send(get("runs/" + id)));
            String status = run.getString("status");
            if (status.equals("COMPLETED")) {
                return run;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("The governor pack run failed: " + run.getString("message", ""));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The governor pack run did not finish within 5 minutes");
    }

    private String shaOf(String urn, long documentId) throws IOException, InterruptedException {
        HttpResponse<String> list = send(get("documents?urn=" + urn));
        try (var reader = Json.createReader(new StringReader(list.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == documentId)
                    .map(d -> d.getString("sha256")).findFirst().orElseThrow();
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest put(String path, String json) {
        return request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest post(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest csv(String path, Path file) throws IOException {
        return request(path).header("Content-Type", "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", authorization).timeout(Duration.ofMinutes(5));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
