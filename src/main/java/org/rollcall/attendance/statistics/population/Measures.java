package org.rollcall.attendance.statistics.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollcall.attendance.AttendanceCategory;
import org.rollcall.attendance.statistics.counting.CodeSessions;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.counting.TallyColumns;

/**
 * The exact counts of a population over a window: sessions by category and code, and the pupils
 * who had at least one possible session, with how many of them are PA and severe. Rates are
 * derived from these in {@link AttendanceSummary}; nothing here is rounded.
 */
public record Measures(
        long possible,
        long present,
        long approvedActivity,
        long authorised,
        long unauthorised,
        long lateBeforeClose,
        long lateAfterClose,
        int pupils,
        int persistentAbsentees,
        int severeAbsentees,
        List<CodeSessions> codeSessions) {

    private static final Comparator<CodeSessions> CODE_ORDER =
            Comparator.comparing(CodeSessions::code).thenComparing(CodeSessions::category);

    public static final Measures NONE = new Accumulator().toMeasures();

    public Measures {
        codeSessions = List.copyOf(codeSessions);
    }

    public static Measures of(Iterable<SessionTally> pupilTallies) {
        Accumulator acc = new Accumulator();
        pupilTallies.forEach(acc::add);
        return acc.toMeasures();
    }

    /** Present plus approved educational activity. */
    public long attended() {
        return present + approvedActivity;
    }

    public long absent() {
        return authorised + unauthorised;
    }

    /** The population minus a part of it (e.g. the school minus one group: "the rest"). */
    public Measures minus(Measures part) {
        Map<String, Map<AttendanceCategory, Long>> codes = new HashMap<>();
        codeSessions.forEach(c ->
                codes.computeIfAbsent(c.code(), k -> new HashMap<>()).merge(c.category(), c.sessions(), Long::sum));
        part.codeSessions.forEach(c ->
                codes.computeIfAbsent(c.code(), k -> new HashMap<>()).merge(c.category(), -c.sessions(), Long::sum));
        List<CodeSessions> rest = new ArrayList<>();
        codes.forEach((code, byCategory) -> byCategory.forEach((category, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("The part is not contained in the whole (code " + code + ")");
            }
            if (n > 0) {
                rest.add(new CodeSessions(code, category, n));
            }
        }));
        rest.sort(CODE_ORDER);
        return new Measures(
                possible - part.possible,
                present - part.present,
                approvedActivity - part.approvedActivity,
                authorised - part.authorised,
                unauthorised - part.unauthorised,
                lateBeforeClose - part.lateBeforeClose,
                lateAfterClose - part.lateAfterClose,
                pupils - part.pupils,
                persistentAbsentees - part.persistentAbsentees,
                severeAbsentees - part.severeAbsentees,
                rest);
    }

    /**
     * Adds pupils' tallies up. Mutable and not thread-safe: one per population. Pupils without a
     * possible session add nothing, so they never enter a pupil count or a PA rate.
     */
    public static final class Accumulator {
        private static final int CATEGORIES = AttendanceCategory.values().length;

        private long possible;
        private long present;
        private long approved;
        private long authorised;
        private long unauthorised;
        private long lateBefore;
        private long lateAfter;
        private int pupils;
        private int persistent;
        private int severe;
        // sessions per code id and category ordinal; see TallyColumns
        private long[][] codes = new long[0][];

        public Accumulator add(SessionTally t) {
            if (!t.isMeasured()) {
                return this;
            }
            possible += t.possible();
            present += t.present();
            approved += t.approvedActivity();
            authorised += t.authorised();
            unauthorised += t.unauthorised();
            lateBefore += t.lateBeforeClose();
            lateAfter += t.lateAfterClose();
            pupils++;
            if (t.isPersistentAbsence()) {
                persistent++;
            }
            if (t.isSevereAbsence()) {
                severe++;
            }
            for (int i = 0, n = t.codeCount(); i < n; i++) {
                int id = t.codeIdAt(i);
                if (id >= codes.length) {
                    codes = Arrays.copyOf(codes, TallyColumns.size());
                }
                long[] perCategory = codes[id];
                if (perCategory == null) {
                    perCategory = new long[CATEGORIES];
                    codes[id] = perCategory;
                }
                perCategory[t.categoryAt(i).ordinal()] += t.sessionsAt(i);
            }
            return this;
        }

        public Measures toMeasures() {
            List<CodeSessions> list = new ArrayList<>();
            AttendanceCategory[] categories = AttendanceCategory.values();
            for (int id = 0; id < codes.length; id++) {
                long[] perCategory = codes[id];
                for (int c = 0; perCategory != null && c < CATEGORIES; c++) {
                    if (perCategory[c] > 0) {
                        list.add(new CodeSessions(TallyColumns.code(id), categories[c], perCategory[c]));
                    }
                }
            }
            list.sort(CODE_ORDER);
            return new Measures(
                    possible,
                    present,
                    approved,
                    authorised,
                    unauthorised,
                    lateBefore,
                    lateAfter,
                    pupils,
                    persistent,
                    severe,
                    Collections.unmodifiableList(list));
        }
    }
}
