package org.rollcall.attendance.statistics.counting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rollcall.attendance.AttendanceCategory;

/**
 * The counters of one pupil (or one population) over one window: sessions per code, and the
 * totals per category derived from them, so the totals can never disagree with the codes.
 *
 * <p>Build it from counts ({@link #builder()}, e.g. from a SQL {@code GROUP BY pupil, code}) or
 * from a stream of marks ({@link MarkCounter}). Not-possible sessions are kept per code for
 * information only; they are in no total and no rate.
 *
 * <p>The thresholds use exact integer arithmetic, never floating point: PA is
 * {@code absent * 10 >= possible} (attendance at or below 90.0%), severe is
 * {@code absent * 2 >= possible} (missing 50% or more).
 */
public final class SessionTally {

    public static final SessionTally EMPTY = builder().build();

    private static final String LATE_BEFORE_CLOSE = "L";
    private static final String LATE_AFTER_CLOSE = "U";

    // Parallel arrays rather than a map: population aggregation walks these for every pupil.
    private final String[] codes;
    private final int[] codeIds;
    private final AttendanceCategory[] categories;
    private final long[] sessions;
    private final long present;
    private final long approved;
    private final long authorised;
    private final long unauthorised;
    private final long notPossible;
    private final long lateBefore;
    private final long lateAfter;

    private SessionTally(String[] codes, AttendanceCategory[] categories, long[] sessions) {
        this.codes = codes;
        this.categories = categories;
        this.sessions = sessions;
        this.codeIds = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            codeIds[i] = TallyColumns.of(codes[i]);
        }
        long[] perCategory = new long[AttendanceCategory.values().length];
        long before = 0;
        long after = 0;
        for (int i = 0; i < codes.length; i++) {
            perCategory[categories[i].ordinal()] += sessions[i];
            if (categories[i] == AttendanceCategory.PRESENT && LATE_BEFORE_CLOSE.equals(codes[i])) {
                before += sessions[i];
            } else if (categories[i] == AttendanceCategory.UNAUTHORISED && LATE_AFTER_CLOSE.equals(codes[i])) {
                after += sessions[i];
            }
        }
        this.present = perCategory[AttendanceCategory.PRESENT.ordinal()];
        this.approved = perCategory[AttendanceCategory.APPROVED_ACTIVITY.ordinal()];
        this.authorised = perCategory[AttendanceCategory.AUTHORISED.ordinal()];
        this.unauthorised = perCategory[AttendanceCategory.UNAUTHORISED.ordinal()];
        this.notPossible = perCategory[AttendanceCategory.NOT_POSSIBLE.ordinal()];
        this.lateBefore = before;
        this.lateAfter = after;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The sum of several tallies (e.g. the weeks of a term, or the pupils of a form). */
    public static SessionTally sum(Collection<SessionTally> tallies) {
        Builder b = builder();
        tallies.forEach(b::addAll);
        return b.build();
    }

    public SessionTally plus(SessionTally other) {
        return builder().addAll(this).addAll(other).build();
    }

    public long possible() {
        return present + approved + authorised + unauthorised;
    }

    public long present() {
        return present;
    }

    public long approvedActivity() {
        return approved;
    }

    /** Present plus approved educational activity: the numerator of attendance %. */
    public long attended() {
        return present + approved;
    }

    public long authorised() {
        return authorised;
    }

    public long unauthorised() {
        return unauthorised;
    }

    public long absent() {
        return authorised + unauthorised;
    }

    /** Sessions marked not possible: shown for information, left out of every figure. */
    public long notPossible() {
        return notPossible;
    }

    /** {@code L}: late before the register closed (counts as present). */
    public long lateBeforeClose() {
        return lateBefore;
    }

    /** {@code U}: late after the register closed (counts as unauthorised absence). */
    public long lateAfterClose() {
        return lateAfter;
    }

    /** Whether the pupil had any possible session: pupils without one are left out of pupil counts. */
    public boolean isMeasured() {
        return possible() > 0;
    }

    /** Attendance at or below 90.0% of the pupil's own possible sessions (exactly 90.0% is PA). */
    public boolean isPersistentAbsence() {
        long possible = possible();
        return possible > 0 && absent() * 10 >= possible;
    }

    /** Missing 50% or more of the pupil's own possible sessions. */
    public boolean isSevereAbsence() {
        long possible = possible();
        return possible > 0 && absent() * 2 >= possible;
    }

    public List<CodeSessions> codeSessions() {
        List<CodeSessions> list = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            list.add(new CodeSessions(codes[i], categories[i], sessions[i]));
        }
        return list;
    }

    /** Sessions with this code, whatever its category. */
    public long sessionsOf(String code) {
        long n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                n += sessions[i];
            }
        }
        return n;
    }

    public int codeCount() {
        return codes.length;
    }

    String codeAt(int i) {
        return codes[i];
    }

    public int codeIdAt(int i) {
        return codeIds[i];
    }

    public AttendanceCategory categoryAt(int i) {
        return categories[i];
    }

    public long sessionsAt(int i) {
        return sessions[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionTally t && toMap().equals(t.toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    private Map<String, Long> toMap() {
        Map<String, Long> map = new TreeMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.merge(codes[i] + " " + categories[i], sessions[i], Long::sum);
        }
        return map;
    }

    @Override
    public String toString() {
        return "SessionTally[possible=" + possible() + ", present=" + present + ", approved=" + approved
                + ", authorised=" + authorised + ", unauthorised=" + unauthorised + ", codes=" + toMap() + "]";
    }

    /** Collects sessions per code and category; the same code and category add up. */
    public static final class Builder {
        private record Key(String code, AttendanceCategory category) {}

        private final Map<Key, long[]> counts = new LinkedHashMap<>();

        public Builder add(String code, AttendanceCategory category, long sessions) {
            new CodeSessions(code, category, sessions); // validates
            if (sessions > 0) {
                counts.computeIfAbsent(new Key(code, category), k -> new long[1])[0] += sessions;
            }
            return this;
        }

        public Builder add(CodeSessions cs) {
            return add(cs.code(), cs.category(), cs.sessions());
        }

        public Builder addAll(SessionTally tally) {
            for (int i = 0; i < tally.codes.length; i++) {
                add(tally.codes[i], tally.categories[i], tally.sessions[i]);
            }
            return this;
        }

        public SessionTally build() {
            int n = counts.size();
            String[] codes = new String[n];
            AttendanceCategory[] categories = new AttendanceCategory[n];
            long[] sessions = new long[n];
            int i = 0;
            for (Map.Entry<Key, long[]> e : counts.entrySet()) {
                codes[i] = e.getKey().code();
                categories[i] = e.getKey().category();
                sessions[i] = e.getValue()[0];
                i++;
            }
            return new SessionTally(codes, categories, sessions);
        }
    }
}
