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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.attendance.MarksChanged;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.school.School;
import org.rollcall.school.SchoolCalendar;
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
        Dates calendar = new Dates(schools.calendar(school));
        CsvTable table = new CsvTable(fileName, REQUIRED, origin);
        ImportErrors errors = new ImportErrors();
        Tally tally = new Tally();
        try (Connection c = dataSource.getConnection(); MarkWriter writer = new MarkWriter(c, school.getId(), importId)) {
            MarkGrid grid = stored(c, school.getId(), codes);
            long loaded = System.nanoTime();
            errors.addAll(table.read(csv, row -> {
                tally.rows++;
                MarkRow mark = check(new FieldReader(table, row, errors), pupilIds, codes, calendar, grid, errors);
                if (mark != null && errors.count() == 0) {
                    write(mark, grid, codes, writer, tally);
                }
            }));
            errors.throwIfAny(fileName);
            writer.flush();
            marksChanged.fire(new MarksChanged(school.getId())); // observers act once the import commits
            // timings only: no pupil data in the log
            LOG.info(String.format("Marks import %d: %d rows; stored marks read in %.1f s, file checked and written in %.1f s",
                    importId, tally.rows, (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the marks of " + fileName, e);
        }
        List<String> warnings = UnknownColumns.warnings(table, REQUIRED, OPTIONAL);
        return new ImportResult(null, fileName, "marks", tally.rows, tally.added, tally.changed,
                tally.rows - tally.added - tally.changed, warnings);
    }

    record MarkRow(long pupilId, LocalDate date, boolean pm, String code, int codeNumber, Integer minutesLate) {
    }

    private static MarkRow check(FieldReader f, Map<String, Long> pupilIds, MarkGridCodes codes, Dates calendar,
                                 MarkGrid grid, ImportErrors errors) {
        int before = errors.count();
        String upn = f.text("upn").toUpperCase(Locale.ROOT);
        Long pupilId = pupilIds.get(upn);
        if (pupilId == null) {
            f.fail("upn", upn, "no pupil with this UPN at this school; import the pupils first");
        }
        LocalDate date = calendar.parse(f.text("date"));
        if (date == null) {
            f.fail("date", f.text("date"), "not a date in the form YYYY-MM-DD");
        } else {
            calendar.problemWith(date).ifPresent(problem -> f.fail("date", f.text("date"), problem));
        }
        String session = f.text("session").toUpperCase(Locale.ROOT);
        if (!session.equals("AM") && !session.equals("PM")) {
            f.fail("session", f.text("session"), "session must be AM or PM");
        }
        String code = f.text("code");
        int number = codes.number(code);
        if (number == 0) {
            f.fail("code", code, "not a register code");
        } else if (date != null && !codes.validOn(code, date)) {
            f.fail("code", code, "code " + code + " was not in use on " + date);
        }
        Integer minutesLate = minutesLate(f);
        if (errors.count() > before) {
            return null;
        }
        boolean pm = session.equals("PM");
        if (!grid.firstSighting(pupilId, date, pm)) {
            f.fail("session", upn + " " + date + " " + session, "this pupil already has a mark for this session earlier in the file");
            return null;
        }
        return new MarkRow(pupilId, date, pm, code, number, minutesLate);
    }

    private static void write(MarkRow mark, MarkGrid grid, MarkGridCodes codes, MarkWriter writer, Tally tally) {
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
                writer.replace(mark.pupilId(), mark.date(), session, codes.code(stored), mark.code(), mark.minutesLate());
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
        try (PreparedStatement s = c.prepareStatement("SELECT pupil_id, mark_date, session, code FROM session_mark WHERE school_id = ?")) {
            s.setLong(1, schoolId);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    grid.store(rs.getLong(1), rs.getDate(2).toLocalDate(), "PM".equals(rs.getString(3)), codes.number(rs.getString(4)));
                }
            }
        }
        return grid;
    }

    private static Integer minutesLate(FieldReader f) {
        String text = f.text("minutes_late");
        if (text.isEmpty()) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 0 && minutes <= 600) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        f.fail("minutes_late", text, "minutes late must be a whole number from 0 to 600");
        return null;
    }

    /**
     * Dates as they appear in a file, parsed and checked against the calendar once each: a school's
     * million marks fall on a few hundred dates.
     */
    private static final class Dates {
        private final SchoolCalendar calendar;
        private final Map<String, Optional<LocalDate>> parsed = new HashMap<>();
        private final Map<LocalDate, Optional<String>> problems = new HashMap<>();

        Dates(SchoolCalendar calendar) {
            this.calendar = calendar;
        }

        LocalDate parse(String text) {
            return parsed.computeIfAbsent(text, t -> {
                try {
                    return Optional.of(LocalDate.parse(t));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }).orElse(null);
        }

        Optional<String> problemWith(LocalDate date) {
            return problems.computeIfAbsent(date, calendar::problemWith);
        }
    }

    /** A database failure while streaming: not a problem with the file, so not reported as one. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(SQLException cause) {
            super(cause);
        }
    }
}
