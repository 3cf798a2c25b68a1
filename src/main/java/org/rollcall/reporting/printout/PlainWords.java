package org.rollcall.reporting.printout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Figures said the way a parent reads them (DOMAIN.md, "Words for parents"): days rather than
 * sessions, halves as "½", what a rate is like over a week and a school year of 190 days, and
 * each register code as a reason in words.
 */
public final class PlainWords {
    /** Days in a school year in England: 380 sessions. */
    static final int SCHOOL_YEAR_DAYS = 190;

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("I", "illness"),
            Map.entry("M", "medical or dental appointments"),
            Map.entry("C", "other exceptional circumstances agreed by the school"),
            Map.entry("C1", "a performance or activity the school agreed"),
            Map.entry("C2", "a part-time timetable agreed with the school"),
            Map.entry("J1", "interviews for a job or a place at another school or college"),
            Map.entry("S", "study leave"),
            Map.entry("T", "travelling with a parent for work"),
            Map.entry("R", "religious observance"),
            Map.entry("E", "suspension or exclusion"),
            Map.entry("H", "a holiday the school agreed"),
            Map.entry("F", "an extended family holiday the school agreed"),
            Map.entry("G", "a holiday the school did not agree"),
            Map.entry("N", "no reason given yet"),
            Map.entry("O", "absence the school did not agree"),
            Map.entry("U", "arriving after the register closed"));

    private PlainWords() {}

    /** "no days", "half a day", "1 day", "2½ days". */
    public static String days(long sessions) {
        if (sessions == 0) {
            return "no days";
        }
        if (sessions == 1) {
            return "half a day";
        }
        String whole = String.valueOf(sessions / 2);
        String text = sessions % 2 == 0 ? whole : whole + "½";
        return text + (sessions == 2 ? " day" : " days");
    }

    /** "1 session", "3 sessions". */
    public static String sessions(long n) {
        return n + (n == 1 ? " session" : " sessions");
    }

    /** "1 time", "4 times". */
    public static String times(long n) {
        return n == 0 ? "no times" : n == 1 ? "once" : n + " times";
    }

    /** A register code as a reason in words; an unknown code is shown as itself. */
    public static String reason(String code) {
        return REASONS.getOrDefault(code, "absence (code " + code + ")");
    }

    /**
     * What missing this share of sessions is like: "about half a day every week, or about 19 days
     * over a school year". Empty text when nothing was missed.
     */
    public static String likeEveryWeek(long absent, long possible) {
        if (absent == 0 || possible == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(absent).divide(BigDecimal.valueOf(possible), 6, RoundingMode.HALF_UP);
        String week = halves(share.multiply(BigDecimal.valueOf(5)));
        String year = halves(share.multiply(BigDecimal.valueOf(SCHOOL_YEAR_DAYS)));
        String perWeek = week.equals("0")
                ? "less than half a day every week"
                : "about " + (week.equals("½") ? "half a day" : week + (week.equals("1") ? " day" : " days"))
                        + " every week";
        return "Missing this much is like missing " + perWeek + ", or about "
                + (year.equals("0") ? "half a day" : year + (year.equals("1") ? " day" : " days"))
                + " over a whole school year of "
                + SCHOOL_YEAR_DAYS + " days.";
    }

    // rounded to the nearest half: "0", "½", "1", "1½", ...
    private static String halves(BigDecimal days) {
        long halfDays = days.multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        if (halfDays == 1) {
            return "½";
        }
        return (halfDays / 2) + (halfDays % 2 == 0 ? "" : "½");
    }

    /** "85.51%", as the API gives the rate; "–" when there was no possible session. */
    public static String percent(java.util.Optional<BigDecimal> rate) {
        return rate.map(r -> r.toPlainString() + "%").orElse("–");
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
