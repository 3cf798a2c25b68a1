package org.rollcall.attendance.statistics.population;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pupil groups figures are broken down by. Each gives a pupil's group value (what the API
 * returns as {@code group}), a label for people, and the order groups are listed in.
 */
public enum GroupBy {
    YEAR("year", PupilProfile::yearGroup, v -> "Year " + v),
    FORM("form", PupilProfile::form, v -> "Form " + v),
    GENDER("gender", PupilProfile::gender, Function.identity()),
    FSM("fsm", p -> yesNo(p.fsm()), v -> flagLabel(v, "FSM", "Not FSM")),
    DISADVANTAGED(
            "disadvantaged", p -> yesNo(p.disadvantaged()), v -> flagLabel(v, "Disadvantaged", "Not disadvantaged")),
    SEN("sen", p -> p.sen().code(), v -> SenProvision.ofCode(v).label()),
    EAL("eal", p -> yesNo(p.eal()), v -> flagLabel(v, "EAL", "Not EAL")),
    ETHNICITY("ethnicity", PupilProfile::ethnicity, Function.identity()),
    LOOKED_AFTER("lookedafter", p -> yesNo(p.lookedAfter()), v -> flagLabel(v, "Looked after", "Not looked after")),
    CHILD_IN_NEED("cin", p -> yesNo(p.childInNeed()), v -> flagLabel(v, "Child in need", "Not child in need"));

    private static final List<String> SEN_ORDER = List.of("N", "K", "E");

    private final String parameter;
    private final Function<PupilProfile, String> value;
    private final Function<String, String> label;

    GroupBy(String parameter, Function<PupilProfile, String> value, Function<String, String> label) {
        this.parameter = parameter;
        this.value = value;
        this.label = label;
    }

    /** The value of the REST {@code by} parameter. */
    public String parameter() {
        return parameter;
    }

    public String valueOf(PupilProfile pupil) {
        return value.apply(pupil);
    }

    public String label(String groupValue) {
        return label.apply(groupValue);
    }

    /** Years and forms in school order (R before 1, 2 before 10), flags Yes first, SEN N, K, E. */
    public Comparator<String> order() {
        if (this == SEN) {
            return Comparator.comparingInt(SEN_ORDER::indexOf);
        }
        if (this == FSM || this == DISADVANTAGED || this == EAL || this == LOOKED_AFTER || this == CHILD_IN_NEED) {
            return Comparator.reverseOrder(); // "Yes" before "No"
        }
        return GroupBy::naturalOrder;
    }

    /** Accepts the parameter ("fsm") or the constant name ("LOOKED_AFTER"), any case. */
    public static Optional<GroupBy> fromParameter(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(g -> g.parameter.equals(t)
                        || g.name().toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }

    private static String yesNo(boolean flag) {
        return flag ? "Yes" : "No";
    }

    private static String flagLabel(String v, String yes, String no) {
        return "Yes".equals(v) ? yes : no;
    }

    // Numbers compare as numbers after any non-numeric prefix: "R" < "1" < "2" < "10", "7A" < "10A".
    private static int naturalOrder(String a, String b) {
        int na = leadingNumber(a);
        int nb = leadingNumber(b);
        if (na != nb) {
            return Integer.compare(na, nb);
        }
        return a.compareTo(b);
    }

    private static int leadingNumber(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i == 0 ? -1 : Integer.parseInt(s.substring(0, Math.min(i, 9)));
    }
}
