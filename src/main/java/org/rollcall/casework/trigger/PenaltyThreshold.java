package org.rollcall.casework.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The national framework's threshold (from 19 August 2024): {@code sessions} (10) sessions of
 * unauthorised absence (codes G, N, O, U: whatever the code table files as unauthorised) within a
 * rolling period of {@code schoolWeeks} (10) school weeks. The sessions need not be consecutive and
 * the period may span terms and academic years; weeks without a possible session do not count.
 *
 * <p>Sessions counted towards one crossing are not counted again: after the threshold is met, the
 * count starts afresh with the next unauthorised session, so a second crossing means 10 new sessions.
 */
public record PenaltyThreshold(int sessions, int schoolWeeks) {

    public static final PenaltyThreshold DEFAULT = new PenaltyThreshold(10, 10);

    public PenaltyThreshold {
        if (sessions < 1 || schoolWeeks < 1) {
            throw new IllegalArgumentException("The threshold needs at least one session and one week");
        }
    }

    /** A crossing: the sessions counted, the last of which met the threshold. */
    public record Crossing(LocalDate metOn, List<Evidence> sessions) {
        public Crossing {
            sessions = List.copyOf(sessions);
        }
    }

    /** The most recent crossing in the pupil's window, if any. */
    public Optional<Crossing> latest(PupilSessions pupil) {
        int[] unauthorised = new int[pupil.slots()];
        int count = 0;
        for (int s = 0; s < pupil.slots(); s++) {
            if (pupil.isUnauthorised(s)) {
                unauthorised[count++] = s;
            }
        }
        if (count < sessions) {
            return Optional.empty();
        }
        int[] week = pupil.schoolWeekOfSlot();
        Optional<Crossing> latest = Optional.empty();
        int start = 0;
        for (int i = 0; i < count; i++) {
            while (week[unauthorised[i]] - week[unauthorised[start]] >= schoolWeeks) {
                start++;
            }
            if (i - start + 1 >= sessions) {
                latest = Optional.of(crossing(pupil, Arrays.copyOfRange(unauthorised, i - sessions + 1, i + 1)));
                start = i + 1;
            }
        }
        return latest;
    }

    private static Crossing crossing(PupilSessions pupil, int[] slots) {
        List<Evidence> evidence = new ArrayList<>();
        for (int s : slots) {
            evidence.add(Evidence.session(pupil.dateOf(s), pupil.isPm(s), pupil.codeAt(s)));
        }
        return new Crossing(evidence.get(evidence.size() - 1).date(), evidence);
    }
}
