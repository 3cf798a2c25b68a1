package org.rollcall.attendance.inbox;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.rollcall.attendance.importing.ImportKind;
import org.rollcall.attendance.importing.ImportResult;
import org.rollcall.attendance.importing.ImportService;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.RollcallSettings;

/**
 * Pulls the inbox folder (ROLLCALL_INBOX_DIR, default {@code <data dir>/inbox}) every minute:
 * each settled file in {@code <inbox>/<urn>/} is imported like an upload, then moved to
 * {@code processed/} or {@code failed/} beside it with a {@code .report.json} that says what
 * happened. A file still being written (changed in the last ROLLCALL_INBOX_SETTLE_SECONDS,
 * default 10) waits for the next pull. ROLLCALL_INBOX_AUTO=false leaves pulling to
 * {@code POST /api/inbox/pull} alone.
 */
@Singleton
public class InboxPull {
    private static final Logger LOG = Logger.getLogger(InboxPull.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final String USER = "inbox";

    /** What happened to one file. */
    public record Outcome(String urn, String file, String status, String movedTo, Long importId, String detail) {}

    /** The report written beside each filed file. */
    public record Report(String file, String urn, String status, Long importId, String detail, Object result) {}

    @Inject
    ImportService imports;

    @Inject
    Clock clock;

    @Inject
    RollcallSettings settings;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        if (settings.inboxAuto()) {
            pull();
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> pull() {
        Path inbox = settings.inboxDir();
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (InboxFile file : waiting(inbox)) {
            outcomes.add(process(file));
        }
        if (!outcomes.isEmpty()) {
            LOG.info(() -> "Inbox: " + outcomes.size() + " file(s) pulled");
        }
        return outcomes;
    }

    private Outcome process(InboxFile file) {
        String name = file.path().getFileName().toString();
        if (file.kind().isEmpty()) {
            return file(
                    file,
                    "failed",
                    null,
                    "Cannot tell what the file holds: name it pupils*.csv, contacts*.csv,"
                            + " marks*.csv or *.xml (CTF)",
                    null);
        }
        ImportKind kind = file.kind().get();
        try (InputStream in = Files.newInputStream(file.path())) {
            ImportResult result = imports.run(file.urn(), kind, name, in, USER, ImportService.FROM_INBOX);
            return file(
                    file,
                    "processed",
                    result.importId(),
                    "Imported: " + result.added() + " added, " + result.changed() + " changed, " + result.unchanged()
                            + " unchanged",
                    result);
        } catch (ProblemException refused) {
            return file(file, "failed", null, refused.getMessage(), refused.toProblem());
        } catch (IOException | RuntimeException e) {
            // a poison file must not be retried every minute: file it as failed; the cause goes to the log only
            LOG.log(
                    Level.SEVERE,
                    "Inbox: importing a " + kind + " file failed unexpectedly: "
                            + e.getClass().getName(),
                    e);
            return file(
                    file,
                    "failed",
                    null,
                    "The import failed on the server (" + e.getClass().getSimpleName()
                            + "); nothing from the file was stored. The server log has the details.",
                    null);
        }
    }

    private Outcome file(InboxFile file, String folder, Long importId, String detail, Object report) {
        try {
            Path dir = file.path().getParent().resolve(folder);
            Files.createDirectories(dir);
            String stamped = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + "-"
                    + file.path().getFileName();
            Path target = dir.resolve(stamped);
            Files.move(file.path(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(
                    dir.resolve(stamped + ".report.json"), reportJson(file, folder, importId, detail, report));
            return new Outcome(
                    file.urn(), file.path().getFileName().toString(), folder, target.toString(), importId, detail);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not file " + file.path() + " as " + folder, e);
        }
    }

    private static String reportJson(InboxFile file, String status, Long importId, String detail, Object report) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            Object body = report instanceof Problem p ? p : report;
            return jsonb.toJson(
                    new Report(file.path().getFileName().toString(), file.urn(), status, importId, detail, body));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the import report", e);
        }
    }

    private List<InboxFile> waiting(Path inbox) {
        Instant settled = clock.instant().minus(Duration.ofSeconds(settings.inboxSettleSeconds()));
        List<InboxFile> files = new ArrayList<>();
        try (Stream<Path> schools = Files.list(inbox)) {
            for (Path school : schools.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(school)) {
                    entries.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith(".")
                                    && !p.getFileName().toString().endsWith(".part"))
                            .filter(p ->
                                    modified(p).isBefore(settled) || modified(p).equals(settled))
                            .forEach(p ->
                                    files.add(new InboxFile(school.getFileName().toString(), p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the inbox " + inbox, e);
        }
        files.sort(Comparator.comparing(InboxFile::urn).thenComparing(InboxFile::order));
        return files;
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
