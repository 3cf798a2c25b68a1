package org.rollcall.casework.intervention;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;

/**
 * Turns a JSON body into {@link InterventionFields}, or refuses it whole with a 422 that lists every
 * field in error. A PATCH starts from the stored values and overlays the fields the body names
 * ({@code null} clears an optional one); the result is checked as a whole, so a change can never
 * leave an intervention half valid (a Notice to Improve without its period, say).
 */
public final class InterventionValidator {

    /** A Notice to Improve's improvement period: 3 to 6 weeks. */
    static final int SHORTEST_DAYS = 21;

    static final int LONGEST_DAYS = 42;

    static final List<String> FIELDS = List.of(
            "type",
            "date",
            "owner",
            "notes",
            "outcome",
            "reviewDate",
            "improvementPeriodEnds",
            "parent",
            "penaltyStatus");
    private static final Map<String, Integer> LIMITS =
            Map.of("owner", 200, "notes", 10_000, "outcome", 1000, "parent", 200);

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();

    private InterventionValidator(Map<String, String> start, JsonObject body) {
        values.putAll(start);
        for (String field : FIELDS) {
            if (body.containsKey(field)) {
                JsonValue v = body.get(field);
                if (v.getValueType() == JsonValue.ValueType.NULL) {
                    values.remove(field);
                } else if (v instanceof JsonString s) {
                    values.put(field, s.getString().strip());
                } else {
                    errors.add(Problem.FieldError.of(field, v.toString(), "must be a string"));
                }
            }
        }
    }

    /** A new intervention from a POST body. */
    public static InterventionFields create(JsonObject body, LocalDate today) {
        return new InterventionValidator(Map.of(), body).validate(today);
    }

    /** The stored intervention with a PATCH body applied. */
    public static InterventionFields patch(InterventionFields stored, JsonObject body, LocalDate today) {
        return new InterventionValidator(asStrings(stored), body).validate(today);
    }

    private InterventionFields validate(LocalDate today) {
        Optional<InterventionType> type = required("type").flatMap(t -> parse("type", t, InterventionType.class));
        Optional<LocalDate> date = required("date").flatMap(d -> date("date", d));
        Optional<String> owner = required("owner");
        date.filter(d -> d.isAfter(today))
                .ifPresent(d -> error("date", d.toString(), "is in the future: record what was done"));
        Optional<LocalDate> review = optional("reviewDate").flatMap(d -> date("reviewDate", d));
        if (review.isPresent() && date.isPresent() && review.get().isBefore(date.get())) {
            error("reviewDate", review.get().toString(), "is before the intervention's date");
        }
        Optional<LocalDate> ends = optional("improvementPeriodEnds").flatMap(d -> date("improvementPeriodEnds", d));
        Optional<String> parent = optional("parent");
        Optional<PenaltyStatus> status =
                optional("penaltyStatus").flatMap(s -> parse("penaltyStatus", s, PenaltyStatus.class));
        type.ifPresent(t -> checkKind(t, date, ends, parent, status));
        LIMITS.forEach((field, max) -> optional(field)
                .filter(v -> v.length() > max)
                .ifPresent(v -> error(field, v.substring(0, 20) + "...", "is longer than " + max + " characters")));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(e -> FIELDS.indexOf(e.field()))); // in the body's field order
            throw ProblemException.unprocessable(
                    "The intervention was not recorded: " + errors.size()
                            + (errors.size() == 1 ? " field needs" : " fields need") + " correcting",
                    errors);
        }
        Optional<PenaltyStatus> penalty = type.get() == InterventionType.PENALTY_NOTICE
                ? status.or(() -> Optional.of(PenaltyStatus.ISSUED))
                : status;
        return new InterventionFields(
                type.get(),
                date.get(),
                owner.get(),
                optional("notes"),
                optional("outcome"),
                review,
                ends,
                parent,
                penalty);
    }

    private void checkKind(
            InterventionType type,
            Optional<LocalDate> date,
            Optional<LocalDate> ends,
            Optional<String> parent,
            Optional<PenaltyStatus> status) {
        if (type == InterventionType.NOTICE_TO_IMPROVE) {
            if (ends.isEmpty() && !values.containsKey("improvementPeriodEnds")) {
                error(
                        "improvementPeriodEnds",
                        null,
                        "is required for a Notice to Improve (3 to 6 weeks after its date)");
            }
            long days = date.isPresent() && ends.isPresent()
                    ? ChronoUnit.DAYS.between(date.get(), ends.get())
                    : SHORTEST_DAYS;
            if (days < SHORTEST_DAYS || days > LONGEST_DAYS) {
                error(
                        "improvementPeriodEnds",
                        ends.get().toString(),
                        "must be 3 to 6 weeks (21 to 42 days) after the date");
            }
        } else if (values.containsKey("improvementPeriodEnds")) {
            error("improvementPeriodEnds", values.get("improvementPeriodEnds"), "is only for a NOTICE_TO_IMPROVE");
        }
        if (type == InterventionType.PENALTY_NOTICE) {
            if (parent.isEmpty()) {
                error("parent", null, "is required for a penalty notice: the parent it was issued to");
            }
        } else {
            parent.ifPresent(p -> error("parent", p, "is only for a PENALTY_NOTICE"));
            status.ifPresent(s -> error("penaltyStatus", s.name(), "is only for a PENALTY_NOTICE"));
        }
    }

    private Optional<String> required(String field) {
        Optional<String> v = optional(field);
        if (v.isEmpty() && errors.stream().noneMatch(e -> field.equals(e.field()))) {
            error(field, null, "is required");
        }
        return v;
    }

    private Optional<String> optional(String field) {
        return Optional.ofNullable(values.get(field)).filter(v -> !v.isEmpty());
    }

    private Optional<LocalDate> date(String field, String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            error(field, value, "is not a date YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private <E extends Enum<E>> Optional<E> parse(String field, String value, Class<E> kind) {
        try {
            return Optional.of(Enum.valueOf(kind, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            error(field, value, "is not one of " + java.util.Arrays.toString(kind.getEnumConstants()));
            return Optional.empty();
        }
    }

    private void error(String field, String value, String reason) {
        errors.add(Problem.FieldError.of(field, value, reason));
    }

    private static Map<String, String> asStrings(InterventionFields f) {
        Map<String, String> m = new HashMap<>();
        m.put("type", f.type().name());
        m.put("date", f.date().toString());
        m.put("owner", f.owner());
        f.notes().ifPresent(v -> m.put("notes", v));
        f.outcome().ifPresent(v -> m.put("outcome", v));
        f.reviewDate().ifPresent(v -> m.put("reviewDate", v.toString()));
        f.improvementPeriodEnds().ifPresent(v -> m.put("improvementPeriodEnds", v.toString()));
        f.parent().ifPresent(v -> m.put("parent", v));
        f.penaltyStatus().ifPresent(v -> m.put("penaltyStatus", v.name()));
        return m;
    }
}
