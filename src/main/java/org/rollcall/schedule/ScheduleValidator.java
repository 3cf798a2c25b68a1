package org.rollcall.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/** Checks a schedule as sent ({@code PUT /schools/{urn}/schedule}); refuses it whole, naming each bad field. */
public final class ScheduleValidator {
    static final int MAX_ENTRIES = 50;
    /** About a term's length in school days: further than that is a mistake, not a plan. */
    static final int MAX_OFFSET = 60;

    /** One entry as it came in: every field text, so a wrong value is named, not a binding error. */
    public record Sent(String kind, String at, Integer offsetSchoolDays, String window, String term) {}

    private ScheduleValidator() {}

    public static List<ScheduleEntry> check(List<Sent> sent) {
        if (sent == null) {
            throw bad(List.of(Problem.FieldError.of("schedule", "null", "send a JSON array of entries")));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (sent.size() > MAX_ENTRIES) {
            errors.add(Problem.FieldError.of(
                    "schedule", String.valueOf(sent.size()), "at most " + MAX_ENTRIES + " entries"));
        }
        List<ScheduleEntry> entries = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            entry(i, sent.get(i), errors).ifPresent(entries::add);
        }
        if (!errors.isEmpty()) {
            throw bad(errors);
        }
        return entries;
    }

    private static Optional<ScheduleEntry> entry(int i, Sent s, List<Problem.FieldError> errors) {
        String at = "[" + i + "].";
        if (s == null) {
            errors.add(Problem.FieldError.of("[" + i + "]", "null", "an entry is an object"));
            return Optional.empty();
        }
        int before = errors.size();
        String kind = upper(s.kind());
        if (!ScheduleKinds.all().contains(kind)) {
            errors.add(Problem.FieldError.of(at + "kind", s.kind(), "use one of " + ScheduleKinds.all()));
        }
        Optional<SchedulePoint> point = parse(SchedulePoint.class, s.at(), at + "at", errors);
        Optional<ScheduleWindow> window = parse(ScheduleWindow.class, s.window(), at + "window", errors);
        int offset = s.offsetSchoolDays() == null ? 0 : s.offsetSchoolDays();
        if (Math.abs(offset) > MAX_OFFSET) {
            errors.add(Problem.FieldError.of(
                    at + "offsetSchoolDays", String.valueOf(offset), "from -" + MAX_OFFSET + " to " + MAX_OFFSET));
        }
        if (s.term() != null && s.term().trim().length() > 40) {
            errors.add(Problem.FieldError.of(at + "term", s.term(), "a term's name, at most 40 characters"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ScheduleEntry(kind, point.get(), offset, window.get(), Optional.ofNullable(s.term())));
    }

    private static <E extends Enum<E>> Optional<E> parse(
            Class<E> type, String text, String field, List<Problem.FieldError> errors) {
        try {
            return Optional.of(Enum.valueOf(type, upper(text)));
        } catch (IllegalArgumentException e) {
            errors.add(Problem.FieldError.of(field, text, "use one of " + Arrays.toString(type.getEnumConstants())));
            return Optional.empty();
        }
    }

    private static String upper(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    private static ProblemException bad(List<Problem.FieldError> errors) {
        return new ProblemException(
                400,
                "Bad request",
                "The schedule was not changed: " + errors.size() + (errors.size() == 1 ? " field is" : " fields are")
                        + " not right",
                errors);
    }
}
