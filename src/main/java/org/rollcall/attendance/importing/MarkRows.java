package org.rollcall.attendance.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rollcall.school.SchoolCalendar;

/**
 * The rules a row of a marks CSV follows: the pupil is on the school's roll, the date is a school
 * day of its calendar, the session AM or PM, the code a register code in use on that date, minutes
 * late from 0 to 600, and one mark per pupil and session in the file.
 */
final class MarkRows {
    private final Map<String, Long> pupilIds;
    private final MarkGridCodes codes;
    private final Dates calendar;
    private final MarkGrid grid;
    private final ImportErrors errors;

    MarkRows(
            Map<String, Long> pupilIds,
            MarkGridCodes codes,
            SchoolCalendar calendar,
            MarkGrid grid,
            ImportErrors errors) {
        this.pupilIds = pupilIds;
        this.codes = codes;
        this.calendar = new Dates(calendar);
        this.grid = grid;
        this.errors = errors;
    }

    record MarkRow(long pupilId, LocalDate date, boolean pm, String code, int codeNumber, Integer minutesLate) {}

    /** The mark of the row, or null when the row has an error (reported to the errors). */
    MarkRow check(FieldReader f) {
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
            f.fail(
                    "session",
                    upn + " " + date + " " + session,
                    "this pupil already has a mark for this session earlier in the file");
            return null;
        }
        return new MarkRow(pupilId, date, pm, code, number, minutesLate);
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
    static final class Dates {
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
                    })
                    .orElse(null);
        }

        Optional<String> problemWith(LocalDate date) {
            return problems.computeIfAbsent(date, calendar::problemWith);
        }
    }
}
