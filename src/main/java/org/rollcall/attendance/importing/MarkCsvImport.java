package org.rollcall.attendance.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.rollcall.attendance.MarksChanged;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;

/**
 * Marks CSV ({@code upn,date,session,code[,minutes_late]}), streamed: each row is checked against
 * the school's pupils, the register-code table and the school calendar, and written at once in
 * the caller's transaction. From the first error on nothing more is written but every row is
 * still checked, so the office sees all errors; the caller then rolls the whole file back.
 * New marks are inserted, changed marks updated with the change recorded, unchanged ones skipped.
 */
@ApplicationScoped
public class MarkCsvImport {
    private static final Logger LOG = Logger.getLogger(MarkCsvImport.class.getName());
    static final List<String> REQUIRED = List.of("upn", "date", "session", "code");
    static final List<String> OPTIONAL = List.of("minutes_late");

    @Inject
    SchoolRepository schools;

    @Inject
    PupilRepository pupils;

    @Inject
    RegisterCodeRepository registerCodes;

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    Event<MarksChanged> marksChanged;

    @Inject
    Clock clock;

    /** Counts as the file is read. */
    private static final class Tally {
        int rows;
        int added;
        int changed;
    }

    public ImportResult apply(School school, String fileName, InputStream csv, long importId) {
        return apply(school, fileName, csv, importId, CsvTable.Origin.UPLOAD);
    }

    /** @param origin {@code CONVERTED} for the file a CTF was turned into, whose rows name the CTF's lines */
    public ImportResult apply(School school, String fileName, InputStream csv, long importId, CsvTable.Origin origin) {
        long started = System.nanoTime();
        Map<String, Long> pupilIds = pupils.idsByUpn(school);
        MarkGridCodes codes = new MarkGridCodes(registerCodes.all());
        CsvTable table = new CsvTable(fileName, REQUIRED, origin);
        ImportErrors errors = new ImportErrors();
        Tally tally = new Tally();
        try (Connection c = dataSource.getConnection();
                MarkWriter writer = new MarkWriter(c, school.getId(), importId, StoredTime.now(clock))) {
            MarkGrid grid = stored(c, school.getId(), codes);
            MarkRows rules = new MarkRows(pupilIds, codes, schools.calendar(school), grid, errors);
            long loaded = System.nanoTime();
            errors.addAll(table.read(csv, row -> {
                tally.rows++;
                MarkRows.MarkRow mark = rules.check(new FieldReader(table, row, errors));
                if (mark != null && errors.count() == 0) {
                    write(mark, grid, codes, writer, tally);
                }
            }));
            errors.throwIfAny(fileName);
            writer.flush();
            marksChanged.fire(new MarksChanged(school.getId())); // observers act once the import commits
            // timings only: no pupil data in the log
            LOG.info(String.format(
                    "Marks import %d: %d rows; stored marks read in %.1f s, file checked and written in %.1f s",
                    importId, tally.rows, (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the marks of " + fileName, e);
        }
        List<String> warnings = UnknownColumns.warnings(table, REQUIRED, OPTIONAL);
        return new ImportResult(
                null,
                fileName,
                "marks",
                tally.rows,
                tally.added,
                tally.changed,
                tally.rows - tally.added - tally.changed,
                warnings);
    }

    private static void write(
            MarkRows.MarkRow mark, MarkGrid grid, MarkGridCodes codes, MarkWriter writer, Tally tally) {
        int stored = grid.stored(mark.pupilId(), mark.date(), mark.pm());
        if (stored == mark.codeNumber()) {
            return;
        }
        String session = mark.pm() ? "PM" : "AM";
        try {
            if (stored == 0) {
                writer.add(mark.pupilId(), mark.date(), session, mark.code(), mark.minutesLate());
                tally.added++;
            } else {
                writer.replace(
                        mark.pupilId(), mark.date(), session, codes.code(stored), mark.code(), mark.minutesLate());
                tally.changed++;
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
        grid.store(mark.pupilId(), mark.date(), mark.pm(), mark.codeNumber());
    }

    /** The school's stored marks, read once per import as a stream. */
    private static MarkGrid stored(Connection c, long schoolId, MarkGridCodes codes) throws SQLException {
        MarkGrid grid = new MarkGrid();
        try (PreparedStatement s =
                c.prepareStatement("SELECT pupil_id, mark_date, session, code FROM session_mark WHERE school_id = ?")) {
            s.setLong(1, schoolId);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    grid.store(
                            rs.getLong(1),
                            rs.getDate(2).toLocalDate(),
                            "PM".equals(rs.getString(3)),
                            codes.number(rs.getString(4)));
                }
            }
        }
        return grid;
    }

    /** A database failure while streaming: not a problem with the file, so not reported as one. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause);
        }
    }
}
